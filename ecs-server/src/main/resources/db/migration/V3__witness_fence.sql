-- A fenced key: its witness was ahead of the database at start (a restored backup); claims wait for the
-- operator's fence command. No foreign key: the key itself may be missing from a restored database.
create table key_fence (
    key_uuid   uuid primary key,
    fenced_at  timestamptz not null default now()
);

-- The lowest pointer an iteration may have (the witness's value): applied by the fence command to
-- existing iterations and at registration to iterations registered later.
create table position_floor (
    key_uuid        uuid not null,
    seq_number      integer not null,
    latest_claimed  bigint not null,
    primary key (key_uuid, seq_number)
);

-- Deleted keys: their witness stays behind, and must not fence a key that is gone on purpose.
create table deleted_key (
    key_uuid    uuid primary key,
    deleted_at  timestamptz not null default now()
);
