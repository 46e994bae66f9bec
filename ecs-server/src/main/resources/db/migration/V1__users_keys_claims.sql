-- Users, API keys (SHA-256 of the token only), storages, keys with their iterations, claims, relations.
-- Positions are bigint: iteration s owns [s*C, (s+1)*C - 1] (SPEC section 2).

create table app_user (
    user_uuid   uuid primary key,
    email       varchar(254) not null,
    created_at  timestamptz not null default now(),
    constraint app_user_email_unique unique (email)
);

create table api_key (
    api_key_uuid  uuid primary key,
    user_uuid     uuid not null references app_user (user_uuid) on delete cascade,
    token_sha256  bytea not null,
    created_at    timestamptz not null default now(),
    revoked_at    timestamptz,
    constraint api_key_token_unique unique (token_sha256),
    constraint api_key_hash_size check (octet_length(token_sha256) = 32)
);
create index api_key_user on api_key (user_uuid);

-- One internal storage (the configured bucket) and the users' BYOS storages; credentials sealed with
-- AES-256-GCM under the server master key.
create table storage (
    storage_uuid              uuid primary key,
    is_internal               boolean not null,
    owner_user_uuid           uuid references app_user (user_uuid),
    name                      varchar(100) not null,
    provider                  varchar(2),
    bucket_name               varchar(63),
    region                    varchar(64),
    endpoint_url              varchar(2048),
    remote_path               varchar(512),
    access_key_id_sealed      bytea,
    secret_access_key_sealed  bytea,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    constraint storage_kind check (
        (is_internal and owner_user_uuid is null and provider is null and bucket_name is null
             and access_key_id_sealed is null and secret_access_key_sealed is null)
        or (not is_internal and owner_user_uuid is not null and provider in ('s3', 'r2') and bucket_name is not null
             and region is not null and access_key_id_sealed is not null and secret_access_key_sealed is not null))
);
create unique index storage_one_internal on storage (is_internal) where is_internal;
create index storage_owner on storage (owner_user_uuid);
insert into storage (storage_uuid, is_internal, name) values (gen_random_uuid(), true, 'OmegaSafe internal');

create table ecs_key (
    key_uuid              uuid primary key,
    key_name              varchar(200) not null,
    nucleus_maps          integer not null check (nucleus_maps >= 1),
    rotor_maps            integer not null check (rotor_maps >= 1),
    rotor_count           integer not null check (rotor_count >= 1),
    iteration_capacity    bigint not null check (iteration_capacity >= 1),
    alpha_iteration_uuid  uuid not null,
    omegasafe_version     varchar(64) not null,
    storage_uuid          uuid not null references storage (storage_uuid),
    billing_user_uuid     uuid not null references app_user (user_uuid),
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index ecs_key_storage on ecs_key (storage_uuid);

-- The Alpha (seq 0) and each Delta (seq >= 1) of a key, with its "last used" pointer. The claim is one
-- UPDATE of latest_claimed; (key, seq) and (key, iteration UUID) are unique, which decides between
-- concurrent Delta publications.
create table key_iteration (
    key_uuid        uuid not null references ecs_key (key_uuid) on delete cascade,
    seq_number      integer not null check (seq_number >= 0),
    iteration_uuid  uuid not null,
    start_position  bigint not null,
    end_position    bigint not null,
    latest_claimed  bigint not null,
    payload_size    bigint,
    content_md5     varchar(24),
    created_at      timestamptz not null default now(),
    primary key (key_uuid, seq_number),
    constraint key_iteration_uuid_unique unique (key_uuid, iteration_uuid),
    constraint key_iteration_pointer check (latest_claimed >= start_position - 1 and latest_claimed <= end_position),
    constraint key_iteration_payload check ((seq_number = 0) = (payload_size is null and content_md5 is null))
);

-- Every range handed out, and the client's idempotency key for a retry.
create table claim (
    claim_id         bigserial primary key,
    key_uuid         uuid not null references ecs_key (key_uuid) on delete cascade,
    seq_number       integer not null,
    start_position   bigint not null,
    end_position     bigint not null,
    idempotency_key  uuid,
    api_key_uuid     uuid,
    created_at       timestamptz not null default now(),
    constraint claim_idempotency_unique unique (idempotency_key)
);
create index claim_key_seq on claim (key_uuid, seq_number);

create table user_key_relation (
    relation_uuid  uuid primary key,
    key_uuid       uuid not null references ecs_key (key_uuid) on delete cascade,
    user_uuid      uuid not null references app_user (user_uuid) on delete cascade,
    key_role_id    smallint not null check (key_role_id in (1, 2)),
    created_at     timestamptz not null default now(),
    constraint user_key_relation_unique unique (key_uuid, user_uuid)
);
create index user_key_relation_user on user_key_relation (user_uuid);
