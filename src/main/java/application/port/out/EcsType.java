package application.port.out;

/** The two kinds of External Claims Storage backend. */
public enum EcsType {
    /** A local Secure File Container file: single machine, works offline. */
    SFC,
    /** The OmegaSafe API over HTTPS. */
    HTTP
}
