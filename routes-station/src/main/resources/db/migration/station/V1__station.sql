CREATE TABLE station_setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE base_price (
    fuel    TEXT PRIMARY KEY,
    price   INTEGER NOT NULL,
    version INTEGER NOT NULL
);

CREATE TABLE pumps (
    pump_id        TEXT PRIMARY KEY,
    state          TEXT    NOT NULL DEFAULT 'FREE',
    price_version  INTEGER NOT NULL DEFAULT 0,
    price_revision INTEGER NOT NULL DEFAULT 0,
    prices         TEXT    NOT NULL DEFAULT '{}',
    updated_at     TEXT    NOT NULL
);

CREATE TABLE pump_counter (
    pump_id      TEXT    NOT NULL,
    fuel         TEXT    NOT NULL,
    litres_milli INTEGER NOT NULL DEFAULT 0,
    sales        INTEGER NOT NULL DEFAULT 0,
    amount       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pump_id, fuel)
);

CREATE TABLE sales (
    sale_id         TEXT PRIMARY KEY,
    pump_id         TEXT    NOT NULL,
    station_id      TEXT    NOT NULL,
    seq             INTEGER NOT NULL,
    fuel            TEXT    NOT NULL,
    litres          TEXT    NOT NULL,
    litres_milli    INTEGER NOT NULL,
    price_per_litre INTEGER NOT NULL,
    total           INTEGER NOT NULL,
    sold_at         TEXT    NOT NULL,
    price_version   INTEGER NOT NULL,
    totalizer       TEXT,
    stored_at       TEXT    NOT NULL,
    synced          INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX sales_unsynced ON sales (synced, stored_at);
CREATE INDEX sales_stored_at ON sales (stored_at);

CREATE TABLE price_history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    fuel       TEXT,
    kind       TEXT    NOT NULL,
    old_value  TEXT,
    new_value  TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    revision   INTEGER NOT NULL,
    origin     TEXT    NOT NULL,
    changed_at TEXT    NOT NULL
);
