package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyGrant;
import application.access.KeyPermission;
import application.failure.NotFound;
import application.port.in.KeyView;
import application.port.in.ViewKey;
import application.port.out.KeyLedgerStore;
import java.util.Objects;
import java.util.UUID;

/** One key as the caller sees it. */
public final class ViewKeyService implements ViewKey {
    private final KeyAccess access;
    private final KeyLedgerStore ledgers;
    private final KeyViews views;

    /** Wires the rule and the ports. */
    public ViewKeyService(KeyAccess access, KeyLedgerStore ledgers, KeyViews views) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public KeyView view(Caller caller, UUID keyUuid) {
        KeyGrant grant = access.require(caller, keyUuid, KeyPermission.VIEW);
        return views.of(ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found")), grant);
    }
}
