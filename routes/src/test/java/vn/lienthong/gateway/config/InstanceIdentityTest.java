package vn.lienthong.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The instance id that owns leases: configured, or host name and data directory, always fitting its column. */
class InstanceIdentityTest {

    private static final LienthongProperties PROPERTIES =
            new LienthongProperties(Path.of("du-lieu"), Path.of("ket-noi"), null, null);

    @Test
    void aConfiguredIdIsUsedAsGiven() {
        assertThat(new InstanceIdentity(PROPERTIES, new InstanceProperties(" cong-lien-thong-1 ")).id())
                .isEqualTo("cong-lien-thong-1");
    }

    @Test
    void withoutOneTheHostAndDataDirectoryNameTheInstanceTheSameAfterARestart() {
        InstanceIdentity first = new InstanceIdentity(PROPERTIES, new InstanceProperties(""));
        InstanceIdentity restarted = new InstanceIdentity(PROPERTIES, new InstanceProperties(null));

        assertThat(first.id()).isEqualTo(restarted.id()).endsWith(":" + Path.of("du-lieu").toAbsolutePath());
        assertThat(InstanceIdentity.byDefault("may-chu-so-gddt", "/srv/lienthong"))
                .isEqualTo("may-chu-so-gddt:/srv/lienthong");
    }

    @Test
    void aLongDataDirectoryIsHashedToFitTheColumn() {
        String id = InstanceIdentity.byDefault("may-chu-so-gddt", "/srv/" + "thu-muc-du-lieu/".repeat(20));

        assertThat(id).hasSize("may-chu-so-gddt:".length() + 16).startsWith("may-chu-so-gddt:");
    }

    @Test
    void anIdTooLongForTheColumnIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new InstanceIdentity(PROPERTIES, new InstanceProperties("g".repeat(201))))
                .hasMessageContaining("lienthong.instance-id").hasMessageContaining("201");
    }
}
