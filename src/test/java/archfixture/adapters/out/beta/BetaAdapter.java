package archfixture.adapters.out.beta;

/** Fixture: another outbound adapter family; it uses only the shared primitives (allowed). */
public class BetaAdapter {
    public archfixture.adapters.out.fs.SharedPrimitive shared() { return null; }
}
