-- Each risk unit's notice card (风险告知卡) carries a QR code that opens the card's public page: a
-- token that cannot be guessed from the unit's number, so that the cards of other units and
-- enterprises cannot be read by counting.
alter table risk_unit add column card_token uuid not null default gen_random_uuid();
alter table risk_unit add constraint risk_unit_card_token_uq unique (card_token);
