-- Each run of the operator's log check: what it compared and what it restored.
CREATE TABLE journal_check (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    checked_at      TEXT    NOT NULL,
    journal_sales   INTEGER NOT NULL,
    database_sales  INTEGER NOT NULL,
    restored        INTEGER NOT NULL,
    not_in_journal  INTEGER NOT NULL,
    differing       INTEGER NOT NULL,
    unreadable      INTEGER NOT NULL
);

-- A pump's sales by sequence, for the dashboard and for checking gaps.
CREATE INDEX sales_pump_seq ON sales (pump_id, seq);
