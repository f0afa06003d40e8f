-- A community's pulse (issue 15) reads the conversations started from one community (document field "community",
-- with "communitySince"). Only conversations that carry a community are in the index, so other turns never touch it.
CREATE INDEX conversations_community ON conversations (platform, (document ->> 'community'))
    WHERE document ->> 'community' IS NOT NULL;
