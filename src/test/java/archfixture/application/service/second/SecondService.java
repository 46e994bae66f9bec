package archfixture.application.service.second;

/** Fixture: the other half of the package cycle. */
public class SecondService {
    public archfixture.application.service.first.FirstService other() { return null; }
}
