package archfixture.adapters.out.fs;

/** Fixture: a shared primitive every outbound family may use. */
public class SharedPrimitive { }
