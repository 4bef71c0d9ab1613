package org.layerlab.app.window;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.layerlab.app.editor.EditActions;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.editor.GraphCanvas;
import org.layerlab.app.editor.Viewport;
import java.util.Locale;
import org.layerlab.app.editor.PaletteView;
import org.layerlab.app.i18n.Messages;
import org.layerlab.app.inspector.InspectorView;
import org.layerlab.app.project.Dialogs;
import org.layerlab.app.project.Recovery;
import org.layerlab.app.settings.AppHome;
import org.layerlab.app.settings.Settings;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.layerlab.app.project.FileActions;
import org.layerlab.app.project.ImageExport;
import org.layerlab.app.project.ProjectFiles;

/**
 * The main window: menus and toolbar, the palette on the left, the canvas in the middle with the
 * Problems, Summary and JSON tabs under it, the inspector on the right and the status bar. It only
 * puts the parts together; each part is a thin view over the {@link EditorModel}.
 */
public final class MainWindow {
    private static final double WIDTH = 1360;
    private static final double HEIGHT = 860;

    private static final Duration AUTOSAVE_EVERY = Duration.seconds(60);

    private final MainWindowModel model;
    private final Messages messages;
    private final Path home;
    private final Settings settings;
    private GraphCanvas canvas;
    private FileActions files;
    private Recovery recovery;
    private EditActions edit;
    private ImageExport images;
    private Appearance appearance;
    private FileDrop fileDrop;
    /** What the current scene's views listen to, cancelled when the scene is replaced. */
    private SceneSubscriptions sceneSubscriptions = new SceneSubscriptions();

    public MainWindow(MainWindowModel model, Messages messages) {
        this(model, messages, AppHome.folder());
    }

    /** @param home where settings, recent files and the recovery file are kept */
    public MainWindow(MainWindowModel model, Messages messages, Path home) {
        this.model = model;
        this.messages = messages;
        this.home = home;
        this.settings = Settings.in(home);
    }

    /**
     * Makes AtlantaFX's Primer Light the look of every window. Called from any thread before the window is
     * shown: off the FX thread the stylesheet is parsed on the FX thread while the caller goes on loading.
     */
    public static void useTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * @param dialogs the dialogs for the window, made once it exists
     * @param background where files are read and exported, off the FX thread
     */
    public void show(Stage stage, Function<Window, Dialogs> dialogs, Executor background) {
        if (Application.getUserAgentStylesheet() == null) {
            useTheme();
        }
        EditorModel editor = model.editor();
        edit = new EditActions(editor);
        Dialogs asked = dialogs.apply(stage);
        files = new FileActions(editor, asked, messages, background, Platform::runLater);
        images = new ImageExport(editor, asked, messages, background, Platform::runLater, files::file);
        files.setOnOpened(() -> Platform.runLater(canvas::zoomToFit));
        files.setOnFileUsed(settings::addRecentFile);
        recovery = new Recovery(home, editor, files, background);
        // The snapshot is taken on the FX thread and written in the background.
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> recovery.saveNow()));
        autosave.setCycleCount(Animation.INDEFINITE);
        appearance = new Appearance(settings);
        fileDrop = new FileDrop(files, editor, messages);

        stage.setScene(buildScene(stage, sceneSubscriptions));
        stage.titleProperty().bind(files.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
                return;
            }
            autosave.stop();
            recovery.discard();
        });
        stage.show();
        canvas.requestFocus();
        autosave.play();
        Platform.runLater(() -> offerRecovery(asked));
    }

    /**
     * The window's content, made from the texts of the current language. A language switch makes it again
     * around the same model, history, file and settings.
     */
    private Scene buildScene(Stage stage, SceneSubscriptions held) {
        EditorModel editor = model.editor();
        canvas = new GraphCanvas(editor, messages.text("canvas.hint"));
        held.add(canvas::stopListening);
        Pane overlay = new Pane();
        overlay.setMouseTransparent(true);
        PaletteView palette = new PaletteView(messages, model.catalog().entries(), new PaletteView.DropTarget() {
            @Override
            public boolean drop(String className, double sceneX, double sceneY) {
                return canvas.canvasPointAtScene(sceneX, sceneY).map(p -> {
                    canvas.dropLayer(className, p);
                    return true;
                }).orElse(false);
            }

            @Override
            public void add(String className) {
                editor.addLayer(className, editor.freePlace(), null);
            }
        }, overlay);

        SplitPane centre = new SplitPane(canvas, bottomTabs(editor, held));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.74);
        InspectorView inspector = new InspectorView(editor, messages);
        inspector.routeHistoryKeys(() -> {
            if (edit.canUndo()) {
                edit.undo();
            }
        }, () -> {
            if (edit.canRedo()) {
                edit.redo();
            }
        });
        held.add(inspector::stopListening);
        SplitPane main = new SplitPane(palette, centre, inspector);
        main.setDividerPositions(0.19, 0.77);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);

        WindowMenus menus = new WindowMenus(stage, messages, model, editor, files, images, edit, canvas,
                RecentFilesMenu.of(messages, settings, files));
        held.add(menus::stopListening);
        menus.menuBar().getMenus().add(menus.menuBar().getMenus().size() - 1,
                SettingsMenu.of(messages, appearance, canvas, this::switchLanguage));
        BorderPane layout = new BorderPane(main);
        layout.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        StatusBar status = new StatusBar(editor, messages);
        held.add(status::stopListening);
        layout.setBottom(status);
        StackPane root = new StackPane(layout, overlay);

        Scene scene = stage.getScene() == null ? new Scene(root, WIDTH, HEIGHT)
                : new Scene(root, stage.getScene().getWidth(), stage.getScene().getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("layerlab.css").toExternalForm());
        menus.installExtraShortcuts(scene, edit, canvas);
        fileDrop.install(scene);
        TabPane tabs = (TabPane) centre.getItems().get(1);
        appearance.apply(scene, canvas, hide -> {
            if (hide) {
                main.getItems().setAll(centre);
                centre.getItems().setAll(canvas);
            } else {
                main.getItems().setAll(palette, centre, inspector);
                main.setDividerPositions(0.19, 0.77);
                centre.getItems().setAll(canvas, tabs);
                centre.setDividerPositions(0.74);
            }
        });
        return scene;
    }

    /** Shows the window in another language at once, keeping the model, its history and the view. */
    void switchLanguage(Locale locale) {
        settings.set(Settings.LANGUAGE, locale.toLanguageTag());
        messages.switchTo(locale);
        Stage stage = (Stage) canvas.getScene().getWindow();
        Viewport.State view = canvas.viewport().state();
        SceneSubscriptions old = sceneSubscriptions;
        sceneSubscriptions = new SceneSubscriptions();
        stage.setScene(buildScene(stage, sceneSubscriptions));
        // The old views would otherwise stay on the model, redrawn on every edit and never collected.
        old.unsubscribe();
        canvas.viewport().restore(view);
        files.refreshTitle();
        // The last status was said in the old language.
        model.editor().showStatus(messages.text("status.ready", model.editor().catalog().entries().size()));
        canvas.requestFocus();
    }

    /** A recovery file at start means the last run did not end normally: its work is offered back. */
    private void offerRecovery(Dialogs asked) {
        recovery.find().ifPresent(found -> {
            String written = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                    .withZone(ZoneId.systemDefault()).format(found.written());
            String name = found.document().map(d -> String.valueOf(d.getFileName()))
                    .orElse(messages.text("file.untitled"));
            if (asked.offerRecovery(written, name)) {
                files.restore(found);
            } else {
                recovery.discard();
            }
        });
    }

    /** Summary and JSON are made when first shown, so the window comes up without their text areas. */
    private TabPane bottomTabs(EditorModel editor, SceneSubscriptions held) {
        ProblemsView problems = new ProblemsView(editor, messages.text("problems.none"),
                messages.text("problems.emptyModel"));
        held.add(problems::stopListening);
        Tab problemsTab = tab("tab.problems", "mdi2a-alert-circle-outline", problems);
        Tab summaryTab = tab("tab.summary", "mdi2t-table", null);
        Tab jsonTab = tab("tab.json", "mdi2c-code-json", null);
        summaryTab.setOnSelectionChanged(e -> {
            if (summaryTab.getContent() == null) {
                SummaryView summary = new SummaryView(editor, files::modelName);
                held.add(summary::stopListening);
                summaryTab.setContent(summary);
            }
            ((SummaryView) summaryTab.getContent()).refresh();
        });
        jsonTab.setOnSelectionChanged(e -> {
            if (jsonTab.getContent() == null) {
                JsonView json = new JsonView(editor, messages, files::modelName);
                held.add(json::stopListening);
                jsonTab.setContent(json);
            }
            ((JsonView) jsonTab.getContent()).refresh();
        });
        TabPane tabs = new TabPane(problemsTab, summaryTab, jsonTab);
        tabs.setId("bottomTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("bottom-tabs");
        return tabs;
    }

    private Tab tab(String key, String icon, javafx.scene.Node content) {
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(15);
        Tab tab = new Tab(messages.text(key), content);
        tab.setId(key);
        tab.setGraphic(graphic);
        return tab;
    }

    /** Opens a file as the window's model, as {@code layerlab FILE} does. */
    public void open(Path file) {
        files.openFile(file);
    }

    public FileActions files() {
        return files;
    }

    public Recovery recovery() {
        return recovery;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    FileDrop fileDrop() {
        return fileDrop;
    }
}
