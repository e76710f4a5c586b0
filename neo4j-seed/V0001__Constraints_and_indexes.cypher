// Business keys are unique and indexed before any data arrives.
CREATE CONSTRAINT state_iso3 IF NOT EXISTS FOR (n:State) REQUIRE n.iso3 IS UNIQUE;
CREATE CONSTRAINT organisation_abbreviation IF NOT EXISTS FOR (n:Organisation) REQUIRE n.abbreviation IS UNIQUE;
CREATE CONSTRAINT body_key IF NOT EXISTS FOR (n:Body) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT membership_key IF NOT EXISTS FOR (n:Membership) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT status_change_key IF NOT EXISTS FOR (n:StatusChange) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT troop_figure_key IF NOT EXISTS FOR (n:TroopFigure) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (n:Claim) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;

// "Which memberships held on day D" scans these two.
CREATE RANGE INDEX membership_valid_from IF NOT EXISTS FOR (m:Membership) ON (m.validFrom);
CREATE RANGE INDEX membership_valid_to IF NOT EXISTS FOR (m:Membership) ON (m.validTo);

// One search box over every name in any language and script; the analyser folds accents and case.
CREATE FULLTEXT INDEX atlas_search IF NOT EXISTS
FOR (n:State|Organisation|Body|Person|Event|Name)
ON EACH [n.name, n.abbreviation, n.title, n.value]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
