package vn.lienthong.gateway.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A condition is raised once while it lasts, resolved once when it ends, is a new alert if it comes back with a new
 * beginning, and has the same id wherever it is seen.
 */
class ActiveAlertsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private final ActiveAlerts active = new ActiveAlerts();

    @Test
    void aConditionFoundAgainIsTheSameAlertAndRaisesNothingNew() {
        List<AlertChange> first = active.update(List.of(failing()), T0);
        List<AlertChange> second = active.update(List.of(failing()), T0.plusSeconds(60));

        assertThat(first).extracting(AlertChange::state).containsExactly(AlertChange.RAISED);
        assertThat(second).isEmpty();
        assertThat(active.all()).extracting(Alert::id).containsExactly(first.get(0).alert().id());
        assertThat(active.all().get(0).raisedAt()).isEqualTo(T0);
    }

    @Test
    void aConditionNoLongerFoundIsResolvedOnceWithTheIdItWasRaisedWith() {
        String id = active.update(List.of(failing()), T0).get(0).alert().id();

        List<AlertChange> resolved = active.update(List.of(), T0.plusSeconds(60));
        List<AlertChange> afterwards = active.update(List.of(), T0.plusSeconds(120));

        assertThat(resolved).singleElement().satisfies(change -> {
            assertThat(change.state()).isEqualTo(AlertChange.RESOLVED);
            assertThat(change.alert().id()).isEqualTo(id);
            assertThat(change.notificationId()).isEqualTo(id + "/resolved");
        });
        assertThat(afterwards).isEmpty();
        assertThat(active.all()).isEmpty();
    }

    @Test
    void aConditionThatComesBackWithANewBeginningIsANewAlert() {
        String firstId = active.update(List.of(failing(T0.minusSeconds(900))), T0).get(0).alert().id();
        active.update(List.of(), T0.plusSeconds(60));

        String secondId = active.update(List.of(failing(T0.plusSeconds(30))), T0.plusSeconds(120)).get(0).alert().id();

        assertThat(secondId).isNotEqualTo(firstId);
    }

    /** Two instances (or one before and after a restart) that see one condition at different checks agree on its id. */
    @Test
    void instancesThatSeeOneConditionAtDifferentTimesGiveItOneId() {
        ActiveAlerts otherInstance = new ActiveAlerts();

        String here = active.update(List.of(failing()), T0).get(0).alert().id();
        String there = otherInstance.update(List.of(failing()), T0.plusSeconds(45)).get(0).alert().id();

        assertThat(there).isEqualTo(here);
        assertThat(otherInstance.count(AlertKind.CONNECTOR_FAILING)).isEqualTo(1);
        assertThat(otherInstance.count(AlertKind.STUCK_MESSAGE)).isZero();
    }

    private static Alert failing() {
        return failing(T0.minusSeconds(900));
    }

    private static Alert failing(Instant since) {
        return Alert.found(AlertKind.CONNECTOR_FAILING, "phong-gddt-thach-ha", null, since,
                "Every attempt through connector phong-gddt-thach-ha has failed");
    }
}
