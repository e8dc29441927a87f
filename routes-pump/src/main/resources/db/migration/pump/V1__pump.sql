CREATE TABLE pump_state (
    pump_id        TEXT PRIMARY KEY,
    price_version  INTEGER NOT NULL DEFAULT 0,
    price_revision INTEGER NOT NULL DEFAULT 0,
    prices         TEXT    NOT NULL DEFAULT '{}',
    pending        TEXT,
    last_seq       INTEGER NOT NULL DEFAULT 0,
    totalizers     TEXT    NOT NULL DEFAULT '{}'
);

CREATE TABLE outbox (
    sale_id  TEXT PRIMARY KEY,
    pump_id  TEXT    NOT NULL,
    seq      INTEGER NOT NULL,
    sale     TEXT    NOT NULL,
    acked    INTEGER NOT NULL DEFAULT 0,
    made_at  TEXT    NOT NULL
);

CREATE INDEX outbox_unacked ON outbox (pump_id, acked, seq);

CREATE TABLE day_counter (
    pump_id      TEXT    NOT NULL,
    day          TEXT    NOT NULL,
    fuel         TEXT    NOT NULL,
    litres_milli INTEGER NOT NULL DEFAULT 0,
    sales        INTEGER NOT NULL DEFAULT 0,
    amount       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pump_id, day, fuel)
);
