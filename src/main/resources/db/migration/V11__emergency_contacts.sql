-- What the office needs when something happens abroad: each student's phone number abroad and emergency contacts at
-- home (one document per student, replaced as a whole), and per placement the address where the student lives.

create table emergency_contacts (
    student_number varchar(20)  primary key references student (student_number),
    -- E.164: '+', then 8 to 15 digits; absent until the student has a number abroad.
    phone_abroad   varchar(16)  check (phone_abroad ~ '^\+[1-9][0-9]{7,14}$'),
    -- [{"name", "relation", "phone", "email"}], one to five, the first to be called first.
    contacts       jsonb        not null check (jsonb_typeof(contacts) = 'array'
                                                and jsonb_array_length(contacts) between 1 and 5),
    version        bigint       not null default 0,
    created_by     varchar(200) not null,
    created_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    updated_at     timestamptz  not null
);

create table address_abroad (
    placement_id  bigint       primary key references placement (id),
    address_line1 varchar(200) not null,
    address_line2 varchar(200),
    postal_code   varchar(20),
    city          varchar(100) not null,
    version       bigint       not null default 0,
    created_by    varchar(200) not null,
    created_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    updated_at    timestamptz  not null
);

-- Who is abroad in a country: the placements under way there (the list and the count of the travel-advice answer).
create index placement_underway_by_country on placement (country_code, departure_date)
    where status in ('APPROVED', 'ABROAD');
