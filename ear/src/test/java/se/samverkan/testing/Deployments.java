package se.samverkan.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR that the build produced, not a hand-assembled imitation. */
public final class Deployments {

    public static final String WEB_MODULE = "samverkan-web.war";

    private Deployments() {}

    public static EnterpriseArchive realEar() {
        File ear = new File(System.getProperty("samverkan.it.ear", "target/samverkan.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: run the package phase first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The real EAR with {@code testClasses} added to its web module, for in-container tests. */
    public static EnterpriseArchive realEarWith(Class<?>... testClasses) {
        EnterpriseArchive ear = realEar();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }
}
