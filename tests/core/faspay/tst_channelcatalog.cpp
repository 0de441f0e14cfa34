#include "core/faspay/channelcatalog.h"

#include <QJsonArray>
#include <QTest>

using namespace kasir;
using namespace kasir::faspay;

Q_DECLARE_METATYPE(QList<kasir::faspay::ChannelInfo>)

// Part A §10: channel codes are confirmed against the merchant's list, never guessed.
class TestChannelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownCodes();
    void availability_data();
    void availability();
    void notFetched();
    void reasons();
    void jsonRoundTrip();
    void badCache_data();
    void badCache();
};

namespace {
ChannelInfo ch(const char *code, const char *name)
{
    return ChannelInfo{QLatin1String(code), QLatin1String(name)};
}
} // namespace

void TestChannelCatalog::knownCodes()
{
    QCOMPARE(ChannelCatalog::knownCode(Channel::Kredivo), QStringLiteral("709"));
    QCOMPARE(ChannelCatalog::knownCode(Channel::Akulaku), QStringLiteral("807"));
    QCOMPARE(ChannelCatalog::knownCode(Channel::Indodana), QStringLiteral("820"));
    QVERIFY(ChannelCatalog::knownCode(Channel::BriCeria).isEmpty());
}

void TestChannelCatalog::availability_data()
{
    QTest::addColumn<QList<ChannelInfo>>("list");
    QTest::addColumn<QString>("kredivo"); // expected code, empty = unavailable
    QTest::addColumn<QString>("akulaku");
    QTest::addColumn<QString>("indodana");
    QTest::addColumn<QString>("briceria");

    QTest::newRow("all four") << QList<ChannelInfo>{ch("709", "Kredivo"), ch("807", "Akulaku"),
                                                    ch("820", "Indodana"), ch("830", "BRI Ceria")}
                              << "709"
                              << "807"
                              << "820"
                              << "830";
    QTest::newRow("empty list") << QList<ChannelInfo>{} << ""
                                << ""
                                << ""
                                << "";
    QTest::newRow("only VA and e-wallets")
        << QList<ChannelInfo>{ch("802", "Mandiri VA"), ch("812", "OVO")} << ""
        << ""
        << ""
        << "";
    QTest::newRow("2021 sandbox-like list")
        << QList<ChannelInfo>{ch("402", "Permata"), ch("807", "Akulaku"), ch("801", "BNI VA")} << ""
        << "807"
        << ""
        << "";
    // Kredivo is matched by code, not by name: a list naming Kredivo under another code does
    // not make 709 available, and 709 under another name does.
    QTest::newRow("name without the code") << QList<ChannelInfo>{ch("999", "Kredivo")} << ""
                                           << ""
                                           << ""
                                           << "";
    QTest::newRow("code with another name")
        << QList<ChannelInfo>{ch("709", "Kredivo PayLater")} << "709"
        << ""
        << ""
        << "";
    QTest::newRow("codes with spaces") << QList<ChannelInfo>{ch(" 709 ", "Kredivo")} << "709"
                                       << ""
                                       << ""
                                       << "";
    QTest::newRow("ceria in any case") << QList<ChannelInfo>{ch("831", "bri CERIA paylater")} << ""
                                       << ""
                                       << ""
                                       << "831";
    QTest::newRow("ceria twice, same code")
        << QList<ChannelInfo>{ch("831", "BRI Ceria"), ch("831", "Ceria")} << ""
        << ""
        << ""
        << "831";
    QTest::newRow("ceria twice, different codes (ambiguous)")
        << QList<ChannelInfo>{ch("831", "BRI Ceria"), ch("832", "Ceria Cicilan")} << ""
        << ""
        << ""
        << "";
    QTest::newRow("ceria with a non-numeric code")
        << QList<ChannelInfo>{ch("CER", "BRI Ceria")} << ""
        << ""
        << ""
        << "";
    QTest::newRow("ceria with an empty code") << QList<ChannelInfo>{ch("", "BRI Ceria")} << ""
                                              << ""
                                              << ""
                                              << "";
    QTest::newRow("BRI without ceria is not guessed")
        << QList<ChannelInfo>{ch("800", "BRI VA"), ch("401", "BRI e-Pay")} << ""
        << ""
        << ""
        << "";
}

void TestChannelCatalog::availability()
{
    QFETCH(QList<ChannelInfo>, list);
    QFETCH(QString, kredivo);
    QFETCH(QString, akulaku);
    QFETCH(QString, indodana);
    QFETCH(QString, briceria);
    const ChannelCatalog catalog(list);
    QVERIFY(catalog.isFetched());
    const QList<std::pair<Channel, QString>> expected = {{Channel::Kredivo, kredivo},
                                                         {Channel::Akulaku, akulaku},
                                                         {Channel::Indodana, indodana},
                                                         {Channel::BriCeria, briceria}};
    for (const auto &[channel, want] : expected) {
        QCOMPARE(catalog.code(channel).value_or(QString()), want);
        QCOMPARE(catalog.isAvailable(channel), !want.isEmpty());
        QCOMPARE(catalog.unavailableReason(channel).isEmpty(), !want.isEmpty());
    }
}

void TestChannelCatalog::notFetched()
{
    const ChannelCatalog catalog;
    QVERIFY(!catalog.isFetched());
    for (Channel c : allChannels()) {
        QVERIFY(!catalog.isAvailable(c));
        QVERIFY(!catalog.code(c));
        QVERIFY(catalog.unavailableReason(c).english().contains(QLatin1String("not been fetched")));
    }
    // Fetched but empty is a different situation with a different message.
    const ChannelCatalog empty(QList<ChannelInfo>{});
    QVERIFY(empty.isFetched());
    QVERIFY(!empty.unavailableReason(Channel::Kredivo)
                 .english()
                 .contains(QLatin1String("not been fetched")));
}

void TestChannelCatalog::reasons()
{
    const ChannelCatalog catalog({ch("807", "Akulaku")});
    const QString kredivo = catalog.unavailableReason(Channel::Kredivo).english();
    QVERIFY2(kredivo.contains(QLatin1String("Kredivo")), qPrintable(kredivo));
    QVERIFY(kredivo.contains(QLatin1String("channel list")));
    QVERIFY(kredivo.contains(QLatin1String("Ask Faspay")));
    QVERIFY(catalog.unavailableReason(Channel::Akulaku).isEmpty());
    const QString ceria = catalog.unavailableReason(Channel::BriCeria).english();
    QVERIFY(ceria.contains(QLatin1String("BRI Ceria")));
    const ChannelCatalog twoCeria({ch("831", "BRI Ceria"), ch("832", "Ceria")});
    QVERIFY(twoCeria.unavailableReason(Channel::BriCeria)
                .english()
                .contains(QLatin1String("more than one")));
}

void TestChannelCatalog::jsonRoundTrip()
{
    const QDateTime at(QDate(2026, 11, 23), QTime(3, 0, 0, 250), Qt::UTC);
    const ChannelCatalog catalog({ch("709", "Kredivo"), ch("831", "BRI Ceria")}, at);
    const QJsonObject json = catalog.toJson();
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("channels")).toArray().size(), 2);
    const std::optional<ChannelCatalog> back = ChannelCatalog::fromJson(json);
    QVERIFY(back);
    QCOMPARE(*back, catalog);
    QCOMPARE(back->fetchedAt(), at);
    QCOMPARE(back->code(Channel::BriCeria), QStringLiteral("831"));

    // Without a time stamp, and an empty list, both survive too.
    const ChannelCatalog empty(QList<ChannelInfo>{});
    const std::optional<ChannelCatalog> emptyBack = ChannelCatalog::fromJson(empty.toJson());
    QVERIFY(emptyBack);
    QVERIFY(emptyBack->isFetched());
    QVERIFY(emptyBack->channels().isEmpty());
}

void TestChannelCatalog::badCache_data()
{
    QTest::addColumn<QJsonObject>("json");
    const QJsonArray good{QJsonObject{{QStringLiteral("pg_code"), QStringLiteral("709")},
                                      {QStringLiteral("pg_name"), QStringLiteral("Kredivo")}}};
    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("other version")
        << QJsonObject{{QStringLiteral("version"), 2}, {QStringLiteral("channels"), good}};
    QTest::newRow("no channels") << QJsonObject{{QStringLiteral("version"), 1}};
    QTest::newRow("channels not a list") << QJsonObject{
        {QStringLiteral("version"), 1}, {QStringLiteral("channels"), QStringLiteral("709")}};
    QTest::newRow("entry not an object")
        << QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("channels"), QJsonArray{QStringLiteral("709")}}};
    QTest::newRow("code a number")
        << QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("channels"),
                        QJsonArray{QJsonObject{{QStringLiteral("pg_code"), 709},
                                               {QStringLiteral("pg_name"), QStringLiteral("K")}}}}};
    QTest::newRow("bad time stamp")
        << QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("channels"), good},
                       {QStringLiteral("fetched_at"), QStringLiteral("yesterday")}};
}

void TestChannelCatalog::badCache()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!ChannelCatalog::fromJson(json));
}

QTEST_GUILESS_MAIN(TestChannelCatalog)
#include "tst_channelcatalog.moc"
