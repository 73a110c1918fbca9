-- Benchmark data set: 10 000 students, 100 000 placements departing 2024-2028, a CREATED history entry per
-- placement, 500 preparation events with sign-ups. Runs after Flyway created the schema (the service started once).
-- Set-based and deterministic: every "random" choice is a hash of the row number, so each run seeds the same data
-- (only the statuses and registration times depend on today's date).
\set ON_ERROR_STOP on
set client_min_messages = warning;
set timezone = 'UTC';

-- A uniform number in [0, 1) from a row number and a salt.
create function pg_temp.rnd(n bigint, salt int) returns float8 language sql immutable as $$
    select ('x' || substr(md5(n::text || '/' || salt::text), 1, 8))::bit(32)::bigint / 4294967296.0::float8
$$;

create function pg_temp.pick(a text[], r float8) returns text language sql immutable as $$
    select a[1 + floor(r * array_length(a, 1))::int]
$$;

begin;

-- ----------------------------------------------------------------------------------------------- students
-- 1000001 .. 1010000; 1000001 is student1 of the Keycloak realm.
insert into student (student_number, name, email, birth_date, created_at, updated_at)
select (1000000 + i)::text,
       first || ' ' || last,
       lower(replace(first || '.' || last, ' ', '')) || i || '@student.example.org',
       date '1996-01-01' + floor(pg_temp.rnd(i, 3) * 2500)::int,
       timestamptz '2023-09-01 09:00+02' + (i || ' minutes')::interval,
       timestamptz '2023-09-01 09:00+02' + (i || ' minutes')::interval
from generate_series(1, 10000) i,
     lateral (select pg_temp.pick(array['Sanne', 'Daan', 'Fatima', 'Lucas', 'Emma', 'Noah', 'Julia', 'Sem', 'Mila',
                                        'Liam', 'Tess', 'Mohammed', 'Zoë', 'Levi', 'Sara', 'Bram', 'Yara', 'Thijs',
                                        'Nina', 'Jesse', 'Anouk', 'Ruben', 'Lotte', 'Amir', 'Eva', 'Finn', 'Isa',
                                        'Milan', 'Fleur', 'Stijn', 'Nora', 'Ayoub'], pg_temp.rnd(i, 1)) as first,
                     pg_temp.pick(array['de Vries', 'Jansen', 'El Amrani', 'Bakker', 'Visser', 'Smit', 'Meijer',
                                        'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks',
                                        'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yilmaz',
                                        'Kaya', 'van Dijk', 'Janssen', 'Willems', 'Kramer', 'Postma', 'Tahiri',
                                        'Koster', 'Prins', 'Huisman'], pg_temp.rnd(i, 2)) as last) n;

-- ----------------------------------------------------------------------------------------------- placements
-- Host cities and institutions of the usual destinations; any other country gets its name and a generic host.
create temporary table host (country_code varchar(2), city text, institution text) on commit drop;
insert into host values
('GH', 'Kumasi', 'Komfo Anokye Teaching Hospital'), ('GH', 'Accra', 'Korle Bu Teaching Hospital'),
('TZ', 'Moshi', 'Kilimanjaro Christian Medical Centre'), ('TZ', 'Dar es Salaam', 'Muhimbili National Hospital'),
('KE', 'Kisumu', 'Jaramogi Oginga Odinga Teaching Hospital'), ('KE', 'Eldoret', 'Moi Teaching and Referral Hospital'),
('UG', 'Mbarara', 'Mbarara Regional Referral Hospital'), ('MW', 'Blantyre', 'Queen Elizabeth Central Hospital'),
('ZA', 'Cape Town', 'Groote Schuur Hospital'), ('ZA', 'Durban', 'King Edward VIII Hospital'),
('SR', 'Paramaribo', 'Academisch Ziekenhuis Paramaribo'), ('AW', 'Oranjestad', 'Dr. Horacio E. Oduber Hospital'),
('CW', 'Willemstad', 'Curaçao Medical Center'), ('SX', 'Philipsburg', 'Sint Maarten Medical Center'),
('BQ', 'Kralendijk', 'Fundashon Mariadal'), ('ID', 'Yogyakarta', 'Dr. Sardjito General Hospital'),
('NP', 'Kathmandu', 'Patan Hospital'), ('IN', 'Vellore', 'Christian Medical College'),
('PE', 'Cusco', 'Hospital Regional del Cusco'), ('CO', 'Medellín', 'Hospital Pablo Tobón Uribe'),
('EC', 'Quito', 'Hospital Metropolitano'), ('BR', 'São Paulo', 'Hospital das Clínicas'),
('TH', 'Chiang Mai', 'Maharaj Nakorn Chiang Mai Hospital'), ('VN', 'Hanoi', 'Bach Mai Hospital'),
('KH', 'Phnom Penh', 'Calmette Hospital'), ('ET', 'Addis Ababa', 'Tikur Anbessa Specialized Hospital'),
('RW', 'Kigali', 'University Teaching Hospital of Kigali'), ('ZM', 'Lusaka', 'University Teaching Hospital'),
('GB', 'London', 'Guy''s and St Thomas'''), ('BE', 'Brussels', 'UZ Brussel'), ('DE', 'Berlin', 'Charité'),
('ES', 'Barcelona', 'Hospital Clínic'), ('US', 'Baltimore', 'Johns Hopkins Hospital'),
('CA', 'Toronto', 'Toronto General Hospital'), ('AU', 'Sydney', 'Royal Prince Alfred Hospital'),
('SE', 'Stockholm', 'Karolinska University Hospital');
alter table host add column idx int;
update host set idx = n.idx
from (select ctid as row, row_number() over (partition by country_code order by city) as idx from host) n
where host.ctid = n.row;
create temporary table host_count on commit drop as
select country_code, count(*) as n from host group by country_code;

create temporary table seed_placement on commit drop as
with params as materialized (
    select (select array_agg(distinct country_code order by country_code) from host) as popular,
           (select array_agg(country_code order by country_code) from destination where region <> 'ANTARCTICA') as anywhere,
           (current_timestamp at time zone 'Europe/Amsterdam')::date as today
), typed as materialized (
    select g,
           1000001 + g % 10000 as student,
           g / 10000 as slot,
           case when r < 0.15 then 'CLINICAL_CLERKSHIP'
                when r < 0.25 then 'GP_CLERKSHIP'
                when r < 0.30 then 'SOCIAL_MEDICINE_CLERKSHIP'
                when r < 0.40 then 'SENIOR_CLERKSHIP'
                when r < 0.65 then 'RESEARCH_INTERNSHIP'
                when r < 0.85 then 'ELECTIVE_CLERKSHIP'
                when r < 0.97 then 'TROPICAL_INTERNSHIP'
                else 'EXTRACURRICULAR' end as placement_type,
           case when pg_temp.rnd(g, 20) < 0.7 then pg_temp.pick(popular, pg_temp.rnd(g, 21))
                else pg_temp.pick(anywhere, pg_temp.rnd(g, 22)) end as country_code,
           today
    from generate_series(0, 99999) g, params, lateral (select pg_temp.rnd(g, 10) as r) t
), timed as materialized (
    -- Each student's ten placements take one half-year slot each (2024 .. 2028), so they never overlap.
    select t.*,
           case placement_type
               when 'RESEARCH_INTERNSHIP' then 7 * (16 + floor(d * 9)::int)
               when 'TROPICAL_INTERNSHIP' then 56
               when 'ELECTIVE_CLERKSHIP' then 7 * (6 + floor(d * 7)::int)
               when 'SENIOR_CLERKSHIP' then 7 * (8 + floor(d * 9)::int)
               when 'EXTRACURRICULAR' then 7 * (2 + floor(d * 7)::int)
               else 7 * (4 + floor(d * 9)::int) end as days
    from typed t, lateral (select pg_temp.rnd(g, 11) as d) x
), dated as materialized (
    select t.*,
           date '2024-01-01' + slot * 182 + floor(pg_temp.rnd(g, 12) * (182 - days))::int as departure_date
    from timed t
), ruled as materialized (
    select d.*, d.departure_date + d.days as return_date,
           rr.id as rule_id, rr.lead_time::interval as lead,
           -- 3% registered after the cutoff (accepted by staff with a reason), the rest 0-300 days before it.
           pg_temp.rnd(g, 30) < 0.03 as wants_late
    from dated d
    left join deadline_rule rr on rr.placement_type = d.placement_type and rr.kind = 'REGISTRATION'
), registered as materialized (
    select r.*,
           least(
               case when r.lead is null then (r.departure_date - (30 + floor(pg_temp.rnd(g, 31) * 330)::int))::timestamp
                    when r.wants_late then ((r.departure_date - r.lead)::date + (1 + floor(pg_temp.rnd(g, 31) * 20)::int))::timestamp
                    else ((r.departure_date - r.lead)::date - floor(pg_temp.rnd(g, 31) * 300)::int)::timestamp end,
               (today - 1 - floor(pg_temp.rnd(g, 32) * 30)::int)::timestamp
           ) + ((8 + floor(pg_temp.rnd(g, 33) * 10)::int) || ' hours')::interval
             + (floor(pg_temp.rnd(g, 34) * 60)::int || ' minutes')::interval as registered_local
    from ruled r
), judged as materialized (
    select r.*,
           r.registered_local at time zone 'Europe/Amsterdam' as registered_at,
           r.registered_local::date as registered_on,
           case when r.rule_id is not null and r.registered_local::date >= date '2024-02-16'
                then (r.departure_date - r.lead)::date end as cutoff
    from registered r
)
select j.*,
       j.cutoff is not null and j.registered_on > j.cutoff as late,
       case
           when j.return_date < today then
               case when s < 0.70 then 'COMPLETED' when s < 0.85 then 'RETURNED' when s < 0.93 then 'WITHDRAWN'
                    when s < 0.97 then 'REJECTED' else 'APPROVED' end
           when j.departure_date <= today then
               case when s < 0.90 then 'ABROAD' when s < 0.95 then 'APPROVED' else 'WITHDRAWN' end
           when j.departure_date <= today + 183 then
               case when s < 0.55 then 'APPROVED' when s < 0.75 then 'INTAKE_SCHEDULED' when s < 0.90 then 'REGISTERED'
                    when s < 0.97 then 'WITHDRAWN' else 'REJECTED' end
           else
               case when s < 0.55 then 'REGISTERED' when s < 0.75 then 'INTAKE_SCHEDULED' when s < 0.90 then 'APPROVED'
                    when s < 0.98 then 'WITHDRAWN' else 'REJECTED' end
       end as status
from judged j, lateral (select pg_temp.rnd(g, 40) as s) x;

insert into placement (id, student_number, placement_type, country_code, city, host_institution, departure_date,
                       return_date, discipline, extra_curricular, notes, parental_consent, status, registered_at,
                       registered_on, registration_cutoff, registration_rule_id, late, late_reason, version,
                       created_by, created_at, updated_by, updated_at, kl_app_id, flagged_for_review)
select p.g + 1, p.student::text, p.placement_type, p.country_code,
       coalesce(h.city, d.name_en), coalesce(h.institution, 'University Hospital, ' || d.name_en),
       p.departure_date, p.return_date,
       pg_temp.pick(array['Internal medicine', 'Surgery', 'Paediatrics', 'Obstetrics and gynaecology',
                          'Infectious diseases', 'General practice', 'Psychiatry', 'Emergency medicine',
                          'Public health', 'Cardiology', 'Neurology', 'Tropical medicine'], pg_temp.rnd(p.g, 50)),
       p.placement_type = 'EXTRACURRICULAR',
       case when pg_temp.rnd(p.g, 51) < 0.1 then 'Supervisor on site confirmed; visa requested.' end,
       false, p.status, p.registered_at, p.registered_on,
       case when p.registered_on >= date '2024-02-16' then p.cutoff end,
       case when p.cutoff is not null then p.rule_id end,
       p.late,
       case when p.late then 'Host confirmed the place late; accepted by the international office.' end,
       0, 'seed', p.registered_at, 'seed', p.registered_at,
       case when p.placement_type in ('RESEARCH_INTERNSHIP', 'ELECTIVE_CLERKSHIP', 'TROPICAL_INTERNSHIP')
                 and pg_temp.rnd(p.g, 52) < 0.8
            then 'KL-' || extract(year from p.registered_on) || '-' || lpad((p.g + 1)::text, 6, '0') end,
       false
from seed_placement p
join destination d on d.country_code = p.country_code
left join host_count hc on hc.country_code = p.country_code
left join host h on h.country_code = p.country_code and h.idx = 1 + floor(pg_temp.rnd(p.g, 53) * hc.n)::int;

insert into kl_app_registration (kl_app_id, created_at)
select kl_app_id, registered_at from placement where kl_app_id is not null;

insert into placement_history (placement_id, changed_at, changed_by, action, from_status, to_status, reason, changes, status)
select id, registered_at, 'seed', 'CREATED', null, 'REGISTERED', null, '[]', 'REGISTERED'
from placement;

select setval(pg_get_serial_sequence('placement', 'id'), (select max(id) from placement));

-- Emergency contacts: a student abroad passed the readiness gate, so every student with a placement that went abroad
-- (ABROAD, RETURNED, COMPLETED) has a phone number abroad and a contact at home; of the others about half have.
insert into emergency_contacts (student_number, phone_abroad, contacts, created_by, created_at, updated_by, updated_at)
select s.student_number,
       '+2332' || lpad((floor(pg_temp.rnd(n, 60) * 100000000))::bigint::text, 8, '0'),
       jsonb_build_array(jsonb_build_object(
           'name', 'Parent of ' || s.name, 'relation', 'parent',
           'phone', '+316' || lpad((floor(pg_temp.rnd(n, 61) * 100000000))::bigint::text, 8, '0'))),
       'seed', s.created_at, 'seed', s.created_at
from student s, lateral (select s.student_number::bigint as n) x
where exists (select 1 from placement p where p.student_number = s.student_number
                and p.status in ('ABROAD', 'RETURNED', 'COMPLETED'))
   or pg_temp.rnd(n, 62) < 0.5;

-- ----------------------------------------------------------------------------------------------- events
-- 440 events every four days from January 2024 (evenings, 19:00-21:00 Amsterdam time), with sign-ups of
-- seeded students; then 60 large events (capacity 1000, no sign-ups yet) in 2027 that the sign-up load uses.
insert into preparation_event (id, kind, title, starts_at, ends_at, location, capacity, registration_closes_at,
                               cancelled, version, created_by, created_at, updated_by, updated_at)
select k, e.kind,
       case e.kind when 'PREPARATION_MEETING' then 'Preparation evening'
                   when 'TROPICAL_COURSE_SESSION' then 'Tropencursus session'
                   else 'Info session: going abroad' end,
       e.starts, e.starts + interval '2 hours',
       pg_temp.pick(array['Medical Faculty, F-120', 'Lecture hall 2', 'Lecture hall 4', 'Room J-0.12'], pg_temp.rnd(k, 61)),
       30 + floor(pg_temp.rnd(k, 62) * 91)::int,
       e.starts - interval '1 day',
       pg_temp.rnd(k, 63) < 0.02,
       0, 'seed', least(e.starts - interval '90 days', now() - interval '1 day'),
       'seed', least(e.starts - interval '90 days', now() - interval '1 day')
from generate_series(1, 440) k,
     lateral (select case when pg_temp.rnd(k, 60) < 0.6 then 'PREPARATION_MEETING'
                          when pg_temp.rnd(k, 60) < 0.9 then 'TROPICAL_COURSE_SESSION'
                          else 'INFO_SESSION' end as kind,
                     ((date '2024-01-08' + 4 * k) + time '19:00') at time zone 'Europe/Amsterdam' as starts) e;

insert into preparation_event (id, kind, title, starts_at, ends_at, location, capacity, registration_closes_at,
                               cancelled, version, created_by, created_at, updated_by, updated_at)
select 440 + k, 'PREPARATION_MEETING', 'Preparation evening (main hall)',
       ((date '2027-03-01' + k) + time '19:00') at time zone 'Europe/Amsterdam',
       ((date '2027-03-01' + k) + time '21:00') at time zone 'Europe/Amsterdam',
       'Aula', 1000,
       ((date '2027-03-01' + k) + time '19:00') at time zone 'Europe/Amsterdam',
       false, 0, 'seed', now() - interval '1 day', 'seed', now() - interval '1 day'
from generate_series(1, 60) k;

select setval(pg_get_serial_sequence('preparation_event', 'id'), (select max(id) from preparation_event));

-- Past events: attended, no-show or cancelled; future ones: confirmed up to capacity, then waitlisted.
insert into event_registration (event_id, student_number, status, queued_at, created_by, updated_by, updated_at)
select e.id,
       (1000001 + (e.id * 7919 + k * 13) % 10000)::text,
       case when e.starts_at < now() then
                case when pg_temp.rnd(e.id * 10000 + k, 71) < 0.85 then 'ATTENDED'
                     when pg_temp.rnd(e.id * 10000 + k, 71) < 0.95 then 'NO_SHOW' else 'CANCELLED' end
            when k <= e.capacity then 'CONFIRMED' else 'WAITLISTED' end,
       e.created_at + (k || ' minutes')::interval, 'seed', 'seed', e.created_at + (k || ' minutes')::interval
from preparation_event e,
     lateral generate_series(1, floor(e.capacity * (case when e.starts_at < now() then 0.6 else 0.2 end
                                                    + pg_temp.rnd(e.id, 70) * 0.6))::int) k
where e.id <= 440 and not e.cancelled;

commit;

analyze;

select 'students' as what, count(*) from student
union all select 'placements', count(*) from placement
union all select 'placement_history', count(*) from placement_history
union all select 'preparation_events', count(*) from preparation_event
union all select 'event_registrations', count(*) from event_registration;
