-- One fact, one truth (issue 9): bring the state in line with the events that record it.
-- 1. A death event whose person has no date of death gives them one. The person is the one
--    linked person the title names as having died ("Death of Tom Reed", "Tom passed away").
UPDATE people SET died_on = (
  SELECT min(e.date) FROM life_events e JOIN life_event_people lp ON lp.event_id = e.id
  WHERE lp.person_id = people.id AND e.deleted_at IS NULL AND e.type_key IN ('death', 'pet-death')
    AND (
      lower(e.title) LIKE lower('death of ' || people.given_name || coalesce(' ' || people.family_name, '')) || '%'
      OR lower(e.title) LIKE lower(people.given_name || coalesce(' ' || people.family_name, '')) || ' died%'
      OR lower(e.title) LIKE lower(people.given_name || coalesce(' ' || people.family_name, '')) || ' passed%'
      OR lower(e.title) LIKE lower(people.given_name) || ' died%'
      OR lower(e.title) LIKE lower(people.given_name) || ' passed%'
      OR (people.nickname IS NOT NULL AND (lower(e.title) LIKE lower(people.nickname) || ' died%' OR lower(e.title) LIKE lower(people.nickname) || ' passed%'))
    )
    -- Only where no one on the event is already recorded as having died.
    AND NOT EXISTS (SELECT 1 FROM life_event_people o JOIN people d ON d.id = o.person_id WHERE o.event_id = e.id AND d.died_on IS NOT NULL)
)
WHERE died_on IS NULL AND deleted_at IS NULL AND EXISTS (
  SELECT 1 FROM life_events e JOIN life_event_people lp ON lp.event_id = e.id
  WHERE lp.person_id = people.id AND e.deleted_at IS NULL AND e.type_key IN ('death', 'pet-death')
    AND (
      lower(e.title) LIKE lower('death of ' || people.given_name || coalesce(' ' || people.family_name, '')) || '%'
      OR lower(e.title) LIKE lower(people.given_name || coalesce(' ' || people.family_name, '')) || ' died%'
      OR lower(e.title) LIKE lower(people.given_name || coalesce(' ' || people.family_name, '')) || ' passed%'
      OR lower(e.title) LIKE lower(people.given_name) || ' died%'
      OR lower(e.title) LIKE lower(people.given_name) || ' passed%'
      OR (people.nickname IS NOT NULL AND (lower(e.title) LIKE lower(people.nickname) || ' died%' OR lower(e.title) LIKE lower(people.nickname) || ' passed%'))
    )
    AND NOT EXISTS (SELECT 1 FROM life_event_people o JOIN people d ON d.id = o.person_id WHERE o.event_id = e.id AND d.died_on IS NOT NULL)
);
--> statement-breakpoint
-- 2. A separation or divorce between two partners ends their partnership as of its date (the
--    earliest such event after the partnership began).
UPDATE relationships SET until = (
  SELECT min(e.date) FROM life_events e
  WHERE e.deleted_at IS NULL AND e.type_key IN ('separation', 'divorce')
    AND EXISTS (SELECT 1 FROM life_event_people a WHERE a.event_id = e.id AND a.person_id = relationships.person_a_id)
    AND EXISTS (SELECT 1 FROM life_event_people b WHERE b.event_id = e.id AND b.person_id = relationships.person_b_id)
    AND (relationships.since IS NULL OR relationships.since <= e.date)
), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE kind IN ('partner', 'spouse') AND until IS NULL AND EXISTS (
  SELECT 1 FROM life_events e
  WHERE e.deleted_at IS NULL AND e.type_key IN ('separation', 'divorce')
    AND EXISTS (SELECT 1 FROM life_event_people a WHERE a.event_id = e.id AND a.person_id = relationships.person_a_id)
    AND EXISTS (SELECT 1 FROM life_event_people b WHERE b.event_id = e.id AND b.person_id = relationships.person_b_id)
    AND (relationships.since IS NULL OR relationships.since <= e.date)
);
