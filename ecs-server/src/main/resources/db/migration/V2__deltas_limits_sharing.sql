-- Upload attempts (presigned PUTs), download counts for the limits, invitations.

create table upload_attempt (
    upload_attempt_uuid  uuid primary key,
    key_uuid             uuid not null references ecs_key (key_uuid) on delete cascade,
    delta_uuid           uuid not null,
    seq_number           integer not null,
    payload_size         bigint not null,
    content_md5          varchar(24) not null,
    storage_uuid         uuid not null,
    object_key           varchar(1100) not null,
    created_at           timestamptz not null,
    expires_at           timestamptz not null,
    confirmed_at         timestamptz
);
create index upload_attempt_key_time on upload_attempt (key_uuid, created_at);

create table download_event (
    download_id  bigserial primary key,
    key_uuid     uuid not null references ecs_key (key_uuid) on delete cascade,
    delta_uuid   uuid not null,
    created_at   timestamptz not null
);
create index download_event_key_time on download_event (key_uuid, created_at);

create table invitation (
    invitation_uuid       uuid primary key,
    key_uuid              uuid not null references ecs_key (key_uuid) on delete cascade,
    email                 varchar(254) not null,
    key_role_id           smallint not null check (key_role_id in (1, 2)),
    invited_by_user_uuid  uuid not null references app_user (user_uuid),
    status                varchar(16) not null check (status in ('pending', 'accepted')),
    created_at            timestamptz not null default now(),
    accepted_at           timestamptz
);
create unique index invitation_one_pending on invitation (key_uuid, email) where status = 'pending';
create index invitation_email on invitation (email) where status = 'pending';
