-- Where a price version came from when a scheduled change made it.
ALTER TABLE price_version ADD COLUMN schedule_id INTEGER;

-- Station down/up and reconciliation events, newest read first.
CREATE TABLE station_alert (
    alert_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    station_id  TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    detail      TEXT    NOT NULL,
    raised_at   TEXT    NOT NULL
);

CREATE INDEX station_alert_raised_at ON station_alert (raised_at);

-- Price changes held until their time; applied_version is set in the transaction that applies them.
CREATE TABLE price_schedule (
    schedule_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    effective_at    TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    applied_version INTEGER,
    applied_at      TEXT
);

CREATE INDEX price_schedule_due ON price_schedule (status, effective_at);

CREATE TABLE price_schedule_item (
    schedule_id INTEGER NOT NULL REFERENCES price_schedule (schedule_id),
    fuel        TEXT    NOT NULL,
    price       INTEGER NOT NULL,
    PRIMARY KEY (schedule_id, fuel)
);

-- What each station last reported for a price version: its pumps that applied it and those holding it.
CREATE TABLE price_ack (
    version     INTEGER NOT NULL,
    station_id  TEXT    NOT NULL,
    pump_id     TEXT    NOT NULL,
    applied     INTEGER NOT NULL,
    acked_at    TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (version, station_id, pump_id)
);

CREATE TABLE price_ack_station (
    version     INTEGER NOT NULL,
    station_id  TEXT    NOT NULL,
    acked_at    TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (version, station_id)
);

CREATE INDEX sale_station_sold_at ON sale (station_id, sold_at);
