-- A version row for every contract was a third of the rows an import writes, though about one contract in eighty
-- has modifications. The initial version of a contract without modification is its own row (date_notification,
-- date_publication, montant, duree_mois) and its holders' rows in position order: its version row is kept only
-- when those cannot give it back (a holder without identifier, which has no row; an empty text, which the json
-- leaves out; a merge that kept the amount written otherwise, 90000 for 90000.00).
comment on table procurement_contract_version is 'Versions of the contracts with modifications or whose initial version their row and holders cannot give back; for the others, the initial version is their procurement_contract row and procurement_titulaire rows.';

delete from procurement_contract_version v
using procurement_contract c
where c.id = v.contract_id and v.sequence = 0 and c.modification_count = 0
  and not exists (select 1 from procurement_contract_version m where m.contract_id = v.contract_id and m.sequence <> 0)
  and v.date_notification is not distinct from c.date_notification
  and v.date_publication is not distinct from c.date_publication
  and v.montant::text is not distinct from c.montant::text
  and v.duree_mois is not distinct from c.duree_mois
  and v.titulaires = coalesce((
      select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('typeIdentifiant', t.type_identifiant,
          'id', t.identifier, 'denominationSociale', t.name)) order by t.position)
      from procurement_titulaire t where t.contract_id = c.id), '[]');
