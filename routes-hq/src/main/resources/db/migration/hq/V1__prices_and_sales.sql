CREATE TABLE price_version (
    version     INTEGER PRIMARY KEY,
    created_at  TEXT    NOT NULL,
    origin      TEXT    NOT NULL
);

CREATE TABLE price (
    version     INTEGER NOT NULL REFERENCES price_version (version),
    fuel        TEXT    NOT NULL,
    price       INTEGER NOT NULL,
    PRIMARY KEY (version, fuel)
);

CREATE TABLE sale (
    station_id      TEXT    NOT NULL,
    sale_id         TEXT    NOT NULL,
    pump_id         TEXT    NOT NULL,
    seq             INTEGER NOT NULL,
    fuel            TEXT    NOT NULL,
    litres          TEXT    NOT NULL,
    litres_milli    INTEGER NOT NULL,
    price_per_litre INTEGER NOT NULL,
    total           INTEGER NOT NULL,
    sold_at         TEXT    NOT NULL,
    price_version   INTEGER NOT NULL,
    received_at     TEXT    NOT NULL,
    PRIMARY KEY (station_id, sale_id)
);

CREATE INDEX sale_sold_at ON sale (sold_at);
