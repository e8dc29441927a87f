-- The fill a pump is dispensing, with the litres its meter last recorded, so that a fill cut off by the end of
-- the process becomes a sale when the pump starts again.
CREATE TABLE open_fill (
    pump_id        TEXT PRIMARY KEY,
    fuel           TEXT    NOT NULL,
    price          INTEGER NOT NULL,
    price_version  INTEGER NOT NULL,
    stop_at_milli  INTEGER NOT NULL,
    metered_milli  INTEGER NOT NULL DEFAULT 0,
    started_at     TEXT    NOT NULL
);
