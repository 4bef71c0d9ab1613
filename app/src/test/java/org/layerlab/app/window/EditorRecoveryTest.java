package org.layerlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.project.Recovery;
import org.layerlab.core.graph.NodeId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work is never lost: the autosave keeps unsaved edits in a recovery file; a run that ends without closing
 * (a crash, a kill) leaves it behind, and the next start offers it back with the edit; a normal close removes it.
 */
@ExtendWith(ApplicationExtension.class)
class EditorRecoveryTest {
    private EditorWindow first;
    private Stage firstStage;

    @Start
    void start(Stage stage) {
        firstStage = stage;
        first = EditorWindow.start(stage);
    }

    private EditorWindow restart(FxRobot robot, boolean accept) {
        EditorWindow[] next = new EditorWindow[1];
        robot.interact(() -> next[0] = EditorWindow.start(new Stage(), first.home, accept));
        WaitForAsyncUtils.waitForFxEvents();
        return next[0];
    }

    @Test
    void aCrashAfterAnEditOffersTheRecoveryOnTheNextStartAndRestoresTheEdit(FxRobot robot) {
        NodeId input = first.dragFromPalette(robot, "InputLayer", 60 + 86, 80 + 14);
        NodeId dense = first.dragFromPalette(robot, "Dense", 340 + 86, 80 + 14);
        first.wire(robot, input, dense, 0);
        // The minute's autosave comes round.
        robot.interact(() -> first.window.recovery().saveNow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.home.resolve(Recovery.FILE)).exists();

        // The app is killed: the window never closes, the recovery file stays; the next start finds it.
        EditorWindow second = restart(robot, true);

        assertThat(second.dialogs.recoveryOffers).containsExactly("Untitled");
        assertThat(second.model.graph().nodes()).extracting(n -> n.className()).containsExactlyInAnyOrder(
                "InputLayer", "Dense");
        assertThat(second.model.graph().edges()).hasSize(1);
        assertThat(second.model.commands().isDirty()).as("the restored work is not saved yet").isTrue();
        assertThat(second.model.position(second.model.graph().find(first.model.graph().node(dense).name())
                .orElseThrow().id())).isEqualTo(first.model.position(dense));
    }

    @Test
    void declinedRecoveryIsRemovedAndNotOfferedAgain(FxRobot robot) {
        first.dragFromPalette(robot, "InputLayer", 60 + 86, 80 + 14);
        robot.interact(() -> first.window.recovery().saveNow());

        EditorWindow second = restart(robot, false);
        assertThat(second.dialogs.recoveryOffers).hasSize(1);
        assertThat(second.model.graph().size()).isZero();
        assertThat(first.home.resolve(Recovery.FILE)).doesNotExist();
        EditorWindow third = restart(robot, true);
        assertThat(third.dialogs.recoveryOffers).isEmpty();
    }

    @Test
    void aNormalCloseLeavesNothingToRecover(FxRobot robot) {
        first.dragFromPalette(robot, "InputLayer", 60 + 86, 80 + 14);
        robot.interact(() -> first.window.recovery().saveNow());
        assertThat(Files.exists(first.home.resolve(Recovery.FILE))).isTrue();
        first.dialogs.unsavedAnswer = org.layerlab.app.project.Dialogs.UnsavedChoice.DISCARD;

        robot.interact(() -> firstStage.fireEvent(new javafx.stage.WindowEvent(firstStage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(first.home.resolve(Recovery.FILE)).doesNotExist();
        assertThat(restart(robot, true).dialogs.recoveryOffers).isEmpty();
    }

    @Test
    void savedFilesAreListedAsRecentFiles(FxRobot robot) throws Exception {
        first.dragFromPalette(robot, "InputLayer", 60 + 86, 80 + 14);
        Path saved = first.home.resolve("recent.llab");
        first.dialogs.targets.add(saved);
        robot.interact(() -> first.window.files().saveAs());

        EditorWindow second = restart(robot, true);
        assertThat(org.layerlab.app.settings.Settings.in(second.home).recentFiles()).containsExactly(saved);
    }
}
