package archfixture.application.service.first;

/** Fixture: a service that uses a service of another package which uses this one back (a package cycle). */
public class FirstService {
    public archfixture.application.service.second.SecondService other() { return null; }
}
