package adapters.config;

import application.access.KeyAccess;
import application.port.in.AcceptInvitation;
import application.port.in.Authenticate;
import application.port.in.ClaimPositions;
import application.port.in.ConfirmUpload;
import application.port.in.CreateStorage;
import application.port.in.DeleteKey;
import application.port.in.DeleteStorage;
import application.port.in.DetectRestoredDatabase;
import application.port.in.EditKey;
import application.port.in.EditStorage;
import application.port.in.FenceKeys;
import application.port.in.FlushWitness;
import application.port.in.InviteToKey;
import application.port.in.ListDeltas;
import application.port.in.ListInvitations;
import application.port.in.ListKeys;
import application.port.in.ManageRelations;
import application.port.in.ManageUsers;
import application.port.in.RegisterKey;
import application.port.in.RequestDownloadUrl;
import application.port.in.RequestUploadUrl;
import application.port.in.ViewIteration;
import application.port.in.ViewKey;
import application.port.in.ViewStorageLimits;
import application.port.in.ViewStorages;
import application.port.out.ApiKeyDirectory;
import application.port.out.ChangedKeys;
import application.port.out.ClaimStore;
import application.port.out.Clock;
import application.port.out.DeltaObjectStore;
import application.port.out.Entropy;
import application.port.out.FenceStore;
import application.port.out.InvitationStore;
import application.port.out.KeyLedgerStore;
import application.port.out.Presigner;
import application.port.out.RelationStore;
import application.port.out.SecretSealer;
import application.port.out.StorageDirectory;
import application.port.out.StorageVerifier;
import application.port.out.UploadAttemptStore;
import application.port.out.UsageCounter;
import application.port.out.UserDirectory;
import application.port.out.Witness;
import application.service.AcceptInvitationService;
import application.service.AuthenticateService;
import application.service.ClaimPositionsService;
import application.service.ConfirmUploadService;
import application.service.CreateStorageService;
import application.service.DeleteKeyService;
import application.service.DeleteStorageService;
import application.service.DetectRestoredDatabaseService;
import application.service.EditKeyService;
import application.service.EditStorageService;
import application.service.FenceKeysService;
import application.service.FlushWitnessService;
import application.service.InviteToKeyService;
import application.service.KeyViews;
import application.service.Limits;
import application.service.ListDeltasService;
import application.service.ListInvitationsService;
import application.service.ListKeysService;
import application.service.Locations;
import application.service.ManageRelationsService;
import application.service.ManageUsersService;
import application.service.RegisterKeyService;
import application.service.RequestDownloadUrlService;
import application.service.RequestUploadUrlService;
import application.service.StorageRules;
import application.service.ViewIterationService;
import application.service.ViewKeyService;
import application.service.ViewStorageLimitsService;
import application.service.ViewStoragesService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Produces one service per use case from the ports {@link Wiring} provides. */
@ApplicationScoped
public class UseCases {

    @Produces @Singleton Authenticate authenticate(ApiKeyDirectory keys) { return new AuthenticateService(keys); }

    @Produces @Singleton
    ManageUsers manageUsers(UserDirectory users, ApiKeyDirectory keys, Entropy entropy) { return new ManageUsersService(users, keys, entropy); }

    @Produces @Singleton
    RegisterKey registerKey(KeyLedgerStore l, RelationStore r, StorageDirectory s, FenceStore f, Entropy e, KeyViews v) {
        return new RegisterKeyService(l, r, s, f, e, v);
    }

    @Produces @Singleton ViewKey viewKey(KeyAccess a, KeyLedgerStore l, KeyViews v) { return new ViewKeyService(a, l, v); }

    @Produces @Singleton ListKeys listKeys(KeyLedgerStore l, RelationStore r, KeyViews v) { return new ListKeysService(l, r, v); }

    @Produces @Singleton
    EditKey editKey(KeyAccess a, KeyLedgerStore l, StorageDirectory s, KeyViews v) { return new EditKeyService(a, l, s, v); }

    @Produces @Singleton
    DeleteKey deleteKey(KeyAccess a, KeyLedgerStore l, StorageDirectory s, Locations loc, DeltaObjectStore o) {
        return new DeleteKeyService(a, l, s, loc, o);
    }

    @Produces @Singleton
    ClaimPositions claimPositions(KeyAccess a, KeyLedgerStore l, ClaimStore c, FenceStore f, ChangedKeys ch) {
        return new ClaimPositionsService(a, l, c, f, ch);
    }

    @Produces @Singleton ViewIteration viewIteration(KeyAccess a, KeyLedgerStore l) { return new ViewIterationService(a, l); }

    @Produces @Singleton ListDeltas listDeltas(KeyAccess a, KeyLedgerStore l) { return new ListDeltasService(a, l); }

    @Produces @Singleton
    RequestUploadUrl requestUploadUrl(KeyAccess a, KeyLedgerStore l, FenceStore f, StorageDirectory s, Locations loc,
                                      DeltaObjectStore o, Presigner p, UploadAttemptStore at, UsageCounter u, Limits lim,
                                      Clock c, Entropy e, EcsConfig config) {
        return new RequestUploadUrlService(a, l, f, s, loc, o, p, at, u, lim, c, e, config.urls().validity());
    }

    @Produces @Singleton
    ConfirmUpload confirmUpload(KeyAccess a, KeyLedgerStore l, FenceStore f, StorageDirectory s, Locations loc,
                                DeltaObjectStore o, UploadAttemptStore at) {
        return new ConfirmUploadService(a, l, f, s, loc, o, at);
    }

    @Produces @Singleton
    RequestDownloadUrl requestDownloadUrl(KeyAccess a, KeyLedgerStore l, StorageDirectory s, Locations loc, DeltaObjectStore o,
                                          Presigner p, UsageCounter u, Limits lim, Clock c, EcsConfig config) {
        return new RequestDownloadUrlService(a, l, s, loc, o, p, u, lim, c, config.urls().validity());
    }

    @Produces @Singleton ViewStorages viewStorages(StorageDirectory s) { return new ViewStoragesService(s); }

    @Produces @Singleton
    CreateStorage createStorage(StorageDirectory s, StorageVerifier v, SecretSealer se, Entropy e, StorageRules r) {
        return new CreateStorageService(s, v, se, e, r);
    }

    @Produces @Singleton
    EditStorage editStorage(StorageDirectory s, StorageVerifier v, SecretSealer se, StorageRules r) {
        return new EditStorageService(s, v, se, r);
    }

    @Produces @Singleton DeleteStorage deleteStorage(StorageDirectory s) { return new DeleteStorageService(s); }

    @Produces @Singleton
    ViewStorageLimits viewStorageLimits(KeyAccess a, KeyLedgerStore l, StorageDirectory s, UsageCounter u, Limits lim, Clock c) {
        return new ViewStorageLimitsService(a, l, s, u, lim, c);
    }

    @Produces @Singleton
    InviteToKey inviteToKey(KeyAccess a, RelationStore r, UserDirectory u, InvitationStore i, Entropy e) {
        return new InviteToKeyService(a, r, u, i, e);
    }

    @Produces @Singleton ListInvitations listInvitations(InvitationStore i) { return new ListInvitationsService(i); }

    @Produces @Singleton AcceptInvitation acceptInvitation(InvitationStore i, Entropy e) { return new AcceptInvitationService(i, e); }

    @Produces @Singleton ManageRelations manageRelations(KeyAccess a, RelationStore r) { return new ManageRelationsService(a, r); }

    @Produces @Singleton
    FlushWitness flushWitness(ChangedKeys c, KeyLedgerStore l, Witness w) { return new FlushWitnessService(c, l, w); }

    @Produces @Singleton
    DetectRestoredDatabase detectRestoredDatabase(Witness w, KeyLedgerStore l, FenceStore f) {
        return new DetectRestoredDatabaseService(w, l, f);
    }

    @Produces @Singleton FenceKeys fenceKeys(FenceStore f, KeyLedgerStore l) { return new FenceKeysService(f, l); }
}
