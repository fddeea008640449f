-- The EU procurement thresholds (directives 2014/24/EU and 2014/23/EU, revised every two years by a Commission
-- regulation and published in France by an avis of the ministry of the economy), in euros excluding VAT, by the
-- notification date from which they apply. The red flags read the row in force at a contract's notification date;
-- when new thresholds are published, add a row (the last row applies until then).
--   category 'state'  : supplies and services of central government authorities (the State)
--   category 'other'  : supplies and services of the other contracting authorities
--   category 'works'  : works contracts and concessions, every buyer
create table procurement_eu_threshold (
    valid_from date not null,
    category text not null check (category in ('state', 'other', 'works')),
    amount numeric not null check (amount > 0),
    primary key (valid_from, category)
);

insert into procurement_eu_threshold (valid_from, category, amount) values
    ('2016-01-01', 'state', 135000), ('2016-01-01', 'other', 209000), ('2016-01-01', 'works', 5225000),
    ('2018-01-01', 'state', 144000), ('2018-01-01', 'other', 221000), ('2018-01-01', 'works', 5548000),
    ('2020-01-01', 'state', 139000), ('2020-01-01', 'other', 214000), ('2020-01-01', 'works', 5350000),
    ('2022-01-01', 'state', 140000), ('2022-01-01', 'other', 215000), ('2022-01-01', 'works', 5382000),
    ('2024-01-01', 'state', 143000), ('2024-01-01', 'other', 221000), ('2024-01-01', 'works', 5538000);
