// ChannelPicker: availability from the merchant's channel list (ChannelCatalog), the unavailable
// provider saying why, the Kredivo tenor and its Rp 1.500.000 rule, and the keyboard.

#include "core/faspay/channelcatalog.h"
#include "ui/cashier/channelpicker.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace kasir;

namespace {
void applyCatalog(ChannelPicker &picker, const faspay::ChannelCatalog &catalog)
{
    for (Channel c : allChannels())
        picker.setAvailability(c, catalog.isAvailable(c), catalog.unavailableReason(c).toString());
}

faspay::ChannelCatalog withoutBriCeria()
{
    return faspay::ChannelCatalog({{QStringLiteral("709"), QStringLiteral("Kredivo")},
                                   {QStringLiteral("807"), QStringLiteral("Akulaku")},
                                   {QStringLiteral("820"), QStringLiteral("Indodana")}},
                                  QDateTime::currentDateTimeUtc());
}
} // namespace

class TestChannelPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::applyStyle(); }

    void offersExactlyTheFourProviders()
    {
        ChannelPicker picker;
        const QList<QToolButton *> buttons =
            picker.findChildren<QToolButton *>(QStringLiteral("channelButton"));
        QCOMPARE(buttons.size(), 4);
        QStringList keys;
        for (QToolButton *b : buttons)
            keys.append(b->property("channel").toString());
        QCOMPARE(keys, QStringList({QStringLiteral("kredivo"), QStringLiteral("akulaku"),
                                    QStringLiteral("indodana"), QStringLiteral("briceria")}));
        for (QToolButton *b : buttons)
            QVERIFY(!b->icon().isNull()); // the drawn mark
    }

    void unavailableSaysWhy()
    {
        ChannelPicker picker;
        picker.show();
        applyCatalog(picker, withoutBriCeria());
        QVERIFY(picker.isAvailable(Channel::Kredivo));
        QVERIFY(!picker.isAvailable(Channel::BriCeria));
        QToolButton *bri = picker.button(Channel::BriCeria);
        QVERIFY(!bri->isEnabled());
        QVERIFY(bri->text().contains(QStringLiteral("BRI Ceria")));
        QVERIFY(!bri->toolTip().isEmpty());
        // The reason is visible text, not only a tooltip.
        QVERIFY(picker.messageLabel()->isVisible());
        QVERIFY(picker.messageLabel()->text().contains(bri->toolTip()));
        QVERIFY(!picker.setChannel(Channel::BriCeria));
        QVERIFY(!picker.channel().has_value());
    }

    void neverFetchedMeansNothingAvailable()
    {
        ChannelPicker picker;
        applyCatalog(picker, faspay::ChannelCatalog());
        for (Channel c : allChannels())
            QVERIFY(!picker.isAvailable(c));
        QVERIFY(!picker.messageLabel()->text().isEmpty());
    }

    void channelTurnedUnavailableIsDeselected()
    {
        ChannelPicker picker;
        applyCatalog(picker, withoutBriCeria());
        QVERIFY(picker.setChannel(Channel::Akulaku));
        picker.setAvailability(Channel::Akulaku, false, QStringLiteral("gone"));
        QVERIFY(!picker.channel().has_value());
    }

    void kredivoTenorAndTheInstalmentRule()
    {
        ChannelPicker picker;
        picker.show();
        applyCatalog(picker, withoutBriCeria());
        QVERIFY(picker.setChannel(Channel::Akulaku));
        QVERIFY(!picker.tenorBox()->isVisible());
        QVERIFY(picker.setChannel(Channel::Kredivo));
        QVERIFY(picker.tenorBox()->isVisible());
        QCOMPARE(picker.tenorBox()->count(), 4);
        picker.setTotal(Money::fromRupiah(1'000'000));
        // Pay in 30 days below the minimum: the rule is mentioned, not an error.
        QVERIFY(picker.ruleLabel()->isVisible());
        QCOMPARE(picker.ruleLabel()->property("role").toString(), QStringLiteral("hint"));
        picker.setTenor(KredivoTenor::Months3);
        QCOMPARE(picker.tenor(), KredivoTenor::Months3);
        QCOMPARE(picker.ruleLabel()->property("role").toString(), QStringLiteral("error"));
        QVERIFY(picker.ruleLabel()->text().contains(KredivoInstalmentMinimum.format()));
        picker.setTotal(Money::fromRupiah(1'500'000));
        QCOMPARE(picker.ruleLabel()->property("role").toString(), QStringLiteral("hint"));
        // The order's "tenor" problem is shown there too.
        picker.setFieldErrors(
            {FieldError{QStringLiteral("tenor"), TranslatableText("kasir::Order", "Required.")}});
        QCOMPARE(picker.tenorError(), QStringLiteral("Required."));
        QCOMPARE(picker.ruleLabel()->text(), QStringLiteral("Required."));
    }

    void keyboard()
    {
        QWidget window;
        auto *picker = new ChannelPicker(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        applyCatalog(*picker, withoutBriCeria());
        QSignalSpy confirmed(picker, &ChannelPicker::confirmed);
        picker->focusPicker();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
        QCOMPARE(picker->channel(), std::optional<Channel>(Channel::Indodana));
        // Right skips the unavailable BRI Ceria and wraps to Kredivo.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(picker->channel(), std::optional<Channel>(Channel::Kredivo));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4); // unavailable: nothing
        QCOMPARE(picker->channel(), std::optional<Channel>(Channel::Kredivo));
        // Enter on Kredivo goes on to the tenor; Enter there confirms.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), picker->tenorBox());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(picker->tenor(), KredivoTenor::Months3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(confirmed.count(), 1);
        QTest::keyClick(picker->button(Channel::Kredivo), Qt::Key_2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(confirmed.count(), 2);
    }
};

QTEST_MAIN(TestChannelPicker)
#include "tst_channelpicker.moc"
