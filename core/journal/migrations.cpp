#include "core/journal/migrations.h"

#include "core/journal/sqldialect.h"

namespace kasir {

namespace {

// Dates are UTC milliseconds since the epoch (INTEGER): exact, sortable, range-friendly on an
// index, and the same in every SQL dialect. Money is INTEGER whole rupiah. Booleans are 0/1.
QStringList version1(const SqlDialect &d)
{
    QStringList s;
    // The hot table: narrow rows (recovery scan, history search); the order lives beside it.
    s << d.ddl(QStringLiteral("CREATE TABLE attempts ("
                              " id {id},"
                              " bill_no {text} NOT NULL UNIQUE,"
                              " previous_attempt_id {int64} REFERENCES attempts(id),"
                              " state {text} NOT NULL,"
                              " channel {text} NOT NULL,"
                              " channel_code {text} NOT NULL,"
                              " total {int64} NOT NULL,"
                              " customer_search {text} NOT NULL,"
                              " terminal {text} NOT NULL,"
                              " cashier {text} NOT NULL,"
                              " training {int64} NOT NULL,"
                              " created_at {int64} NOT NULL,"
                              " updated_at {int64} NOT NULL,"
                              " bill_date {int64},"
                              " bill_expired {int64},"
                              " trx_id {text},"
                              " redirect_url {text},"
                              " payment_status_code {int64},"
                              " payment_reff {text},"
                              " payment_date {int64},"
                              " response_code {text},"
                              " reason {text})"));
    s << QStringLiteral("CREATE INDEX attempts_state ON attempts (state, created_at)");
    s << QStringLiteral("CREATE INDEX attempts_created ON attempts (created_at)");
    s << QStringLiteral("CREATE INDEX attempts_channel ON attempts (channel, created_at)");
    s << QStringLiteral("CREATE INDEX attempts_customer ON attempts (customer_search)");
    s << QStringLiteral("CREATE INDEX attempts_trx ON attempts (trx_id)");
    s << d.noDeleteTrigger(QStringLiteral("attempts"));
    s << d.frozenColumnsTrigger(QStringLiteral("attempts"),
                                {QStringLiteral("id"), QStringLiteral("bill_no"),
                                 QStringLiteral("created_at"), QStringLiteral("total")});

    // The order as the cashier entered it (orderToJson), written once with the attempt.
    s << d.ddl(QStringLiteral("CREATE TABLE attempt_orders ("
                              " attempt_id {int64} PRIMARY KEY REFERENCES attempts(id),"
                              " order_json {text} NOT NULL)"));
    s << d.appendOnlyTriggers(QStringLiteral("attempt_orders"));

    // What happened to each attempt, in order; bodies are redacted before they get here.
    s << d.ddl(QStringLiteral("CREATE TABLE events ("
                              " id {id},"
                              " attempt_id {int64} NOT NULL REFERENCES attempts(id),"
                              " at {int64} NOT NULL,"
                              " source {text} NOT NULL,"
                              " kind {text} NOT NULL,"
                              " from_state {text},"
                              " to_state {text},"
                              " detail {text} NOT NULL,"
                              " body {bytes})"));
    s << QStringLiteral("CREATE INDEX events_attempt ON events (attempt_id, id)");
    s << d.appendOnlyTriggers(QStringLiteral("events"));

    // Bill numbers: one counter per terminal and business day.
    s << d.ddl(QStringLiteral("CREATE TABLE bill_sequences ("
                              " terminal {text} NOT NULL,"
                              " day {text} NOT NULL,"
                              " last_value {int64} NOT NULL,"
                              " PRIMARY KEY (terminal, day))"));

    // copy_number 0 is the original (one per attempt), 1..n are reprints marked as copies.
    s << d.ddl(QStringLiteral("CREATE TABLE receipts ("
                              " id {id},"
                              " attempt_id {int64} NOT NULL REFERENCES attempts(id),"
                              " copy_number {int64} NOT NULL,"
                              " status {text} NOT NULL,"
                              " error {text} NOT NULL,"
                              " pdf_path {text} NOT NULL,"
                              " created_at {int64} NOT NULL,"
                              " updated_at {int64} NOT NULL,"
                              " UNIQUE (attempt_id, copy_number))"));
    s << QStringLiteral("CREATE INDEX receipts_status ON receipts (status)");
    s << d.noDeleteTrigger(QStringLiteral("receipts"));

    // The last channel inquiry answer, so that the window can start without the network.
    s << d.ddl(QStringLiteral("CREATE TABLE channels ("
                              " code {text} PRIMARY KEY,"
                              " name {text} NOT NULL,"
                              " position {int64} NOT NULL,"
                              " fetched_at {int64} NOT NULL)"));

    // The product catalog. name_search is the case-folded name for search.
    s << d.ddl(QStringLiteral("CREATE TABLE products ("
                              " sku {text} PRIMARY KEY,"
                              " name {text} NOT NULL,"
                              " name_search {text} NOT NULL,"
                              " unit_price {int64} NOT NULL,"
                              " updated_at {int64} NOT NULL)"));
    s << QStringLiteral("CREATE INDEX products_name ON products (name_search)");
    // Barcodes and aliases: one code names one product.
    s << d.ddl(QStringLiteral("CREATE TABLE product_codes ("
                              " code {text} PRIMARY KEY,"
                              " sku {text} NOT NULL REFERENCES products(sku) ON DELETE CASCADE)"));
    s << QStringLiteral("CREATE INDEX product_codes_sku ON product_codes (sku)");

    // Small facts about the file itself (when it was created, last write check).
    s << d.ddl(QStringLiteral("CREATE TABLE journal_meta ("
                              " key {text} PRIMARY KEY,"
                              " value {text} NOT NULL)"));
    return s;
}

// Who sold through what (issue 12): the gateway host and merchant id of each attempt, the staff
// member behind each event and the supervisor who approved it, and a log of staff actions that
// belong to no attempt (sign-in, a change of shift, a settings change). Rows written by version 1
// keep empty values: they were sold before Kasir recorded these.
QStringList version2(const SqlDialect &d)
{
    QStringList s;
    s << d.ddl(QStringLiteral("ALTER TABLE attempts ADD COLUMN gateway_host {text} NOT NULL"
                              " DEFAULT ''"));
    s << d.ddl(QStringLiteral("ALTER TABLE attempts ADD COLUMN merchant_id {text} NOT NULL"
                              " DEFAULT ''"));
    s << d.frozenColumnsTrigger(QStringLiteral("attempts"),
                                {QStringLiteral("gateway_host"), QStringLiteral("merchant_id")},
                                QStringLiteral("attempts_gateway_frozen"));
    s << d.ddl(QStringLiteral("ALTER TABLE events ADD COLUMN actor {text} NOT NULL DEFAULT ''"));
    s << d.ddl(QStringLiteral("ALTER TABLE events ADD COLUMN approver {text} NOT NULL"
                              " DEFAULT ''"));
    s << d.ddl(QStringLiteral("CREATE TABLE staff_log ("
                              " id {id},"
                              " at {int64} NOT NULL,"
                              " actor {text} NOT NULL,"
                              " approver {text} NOT NULL,"
                              " action {text} NOT NULL,"
                              " detail {text} NOT NULL)"));
    s << QStringLiteral("CREATE INDEX staff_log_at ON staff_log (at)");
    s << d.appendOnlyTriggers(QStringLiteral("staff_log"));
    // The channel list is kept per environment and merchant (a training list never shows on a
    // production counter, nor one merchant's on another's). It is a cache: dropping it loses
    // nothing that the next channel inquiry does not bring back.
    s << QStringLiteral("DROP TABLE channels");
    s << d.ddl(QStringLiteral("CREATE TABLE channels ("
                              " scope {text} NOT NULL,"
                              " code {text} NOT NULL,"
                              " name {text} NOT NULL,"
                              " position {int64} NOT NULL,"
                              " fetched_at {int64} NOT NULL,"
                              " PRIMARY KEY (scope, code))"));
    return s;
}

} // namespace

// The staff list (issue 12): who may sign in at the counter and who may approve. name_key is the
// name in lower case, unique, so "Sari" and "sari" are one person. Rows are never deleted (the
// journal names them as actors and approvers); a member who leaves is made inactive.
QStringList version3(const SqlDialect &d)
{
    QStringList s;
    s << d.ddl(QStringLiteral("CREATE TABLE staff ("
                              " name_key {text} PRIMARY KEY,"
                              " name {text} NOT NULL,"
                              " role {text} NOT NULL,"
                              " pin_hash {text} NOT NULL,"
                              " active {int64} NOT NULL,"
                              " updated_at {int64} NOT NULL)"));
    s << d.noDeleteTrigger(QStringLiteral("staff"));
    return s;
}

QList<MigrationStep> journalMigrations(const SqlDialect &dialect)
{
    return {MigrationStep{1, version1(dialect), {}}, MigrationStep{2, version2(dialect), {}},
            MigrationStep{3, version3(dialect), {}}};
}

} // namespace kasir
