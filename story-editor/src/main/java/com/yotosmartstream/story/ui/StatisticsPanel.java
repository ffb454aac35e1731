package com.yotosmartstream.story.ui;

import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.story.editor.StatisticsViewModel;
import com.yotosmartstream.story.editor.StoryEditorViewModel;
import com.yotosmartstream.story.stats.Ending;
import com.yotosmartstream.story.stats.NodeFacts;
import com.yotosmartstream.story.stats.NodeTime;
import com.yotosmartstream.story.stats.StatisticsText;
import com.yotosmartstream.story.stats.StoryStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Statistics tab (issue 18, ADR 0087): a badge ("Every path fits in 14 minutes", or the loop that
 * makes listening endless), a line with the endings, the longest path (Show selects it on the canvas),
 * the nodes without recorded audio, the unreachable ones and the words; then each ending's shortest and
 * longest listening time and number of paths, and each node's words and length. Measured in the
 * background ({@link StatisticsViewModel}) while the tab shows, {@value #QUIET_MILLIS} ms after the
 * story last changed.
 */
final class StatisticsPanel extends BorderPane {

    /** How long the story must be still before it is measured again. */
    static final int QUIET_MILLIS = 300;
    /** The least width at which the two tables sit side by side. */
    private static final double SIDE_BY_SIDE_WIDTH = 640;
    /** The least height of a table: its heading and three rows. */
    private static final double TABLE_HEIGHT = 150;
    /** The height the tab asks for under the canvas when it is chosen. */
    static final double HEIGHT = 300;

    private static final String UNBOUNDED = "unbounded";

    private final StatisticsViewModel statistics;
    private final Label badge = new Label();
    private final Label summary = new Label();
    private final Button showLongest = new Button("Show longest path", new FontIcon("fth-eye"));
    private final TableView<Ending> endings = new TableView<>();
    private final TableView<NodeFacts> nodes = new TableView<>();

    StatisticsPanel(StatisticsViewModel statistics, StoryEditorViewModel editor, ObservableBooleanValue showing,
            Consumer<String> reveal) {
        this.statistics = statistics;
        setId("statistics-panel");
        getStyleClass().add("statistics-panel");

        badge.setId("statistics-badge");
        badge.getStyleClass().add("statistics-badge");
        badge.setWrapText(true);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        summary.setId("statistics-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("muted");
        showLongest.setId("statistics-show-longest");
        showLongest.setMinWidth(Region.USE_PREF_SIZE);
        showLongest.setTooltip(new Tooltip("Select the longest path's nodes on the canvas"));
        showLongest.setOnAction(e -> statistics.statistics().longest().ifPresent(path -> {
            statistics.select(path.nodeIds());
            reveal.accept(path.endingId());
        }));
        FlowPane badgeRow = new FlowPane(12, 4, badge, showLongest);
        badgeRow.setAlignment(Pos.CENTER_LEFT);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinWidth(0);
        summary.setMinHeight(Region.USE_PREF_SIZE); // all its lines, however short the tab: the tab scrolls instead
        VBox top = new VBox(4, badgeRow, summary);
        top.getStyleClass().add("statistics-top");
        top.setMinWidth(0);
        // the panel gives way to the side panel: its tables narrow to their columns' least widths, then stack
        setMinWidth(0);

        endings.setId("statistics-endings");
        endings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        endings.getColumns().add(column("Ending", 140, 80, e -> name(e.title(), e.id()) + (e.marked() ? "" : " (not marked)")));
        // "≈ 0:33" where a spoken node's length is estimated; the cell's tooltip says it in words
        endings.getColumns().add(column("Shortest", 96, 84, e -> StatisticsText.shortTime(e.shortest()),
                e -> StatisticsText.time(e.shortest())));
        // an endless ending says "unbounded" in its cells; the cell's tooltip and the summary name the loop
        endings.getColumns().add(column("Longest", 100, 88, e -> e.longest().map(StatisticsText::shortTime)
                .orElse(UNBOUNDED), e -> e.longest().map(StatisticsText::time).orElseGet(() -> loop(e))));
        endings.getColumns().add(column("Paths", 80, 60, e -> e.paths().map(StatisticsText::paths).orElse(UNBOUNDED),
                e -> e.paths().isPresent() ? null : loop(e)));
        endings.setPlaceholder(new Label("No ending can be reached from the start."));
        endings.getSelectionModel().selectedItemProperty().addListener((obs, old, ending) -> {
            if (ending != null) {
                editor.select(ending.id());
                reveal.accept(ending.id());
            }
        });

        nodes.setId("statistics-nodes");
        nodes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nodes.getColumns().add(column("Node", 140, 60, n -> name(n.title(), n.id())));
        nodes.getColumns().add(column("Words", 72, 68, n -> Integer.toString(n.time().words())));
        nodes.getColumns().add(column("Length", 78, 74, n -> (n.time().kind() == NodeTime.Kind.ESTIMATED ? "\u2248 " : "")
                + Durations.clock(n.time().seconds())));
        nodes.getColumns().add(column("Audio", 130, 70, n -> audio(n)));
        nodes.getSelectionModel().selectedItemProperty().addListener((obs, old, node) -> {
            if (node != null) {
                editor.select(node.id());
                reveal.accept(node.id());
            }
        });
        nodes.setPlaceholder(new Label("The story has no nodes yet."));

        SplitPane body = new SplitPane(endings, nodes);
        body.setDividerPositions(0.56);
        widthProperty().addListener((obs, old, width) -> {
            Orientation wanted = width.doubleValue() < SIDE_BY_SIDE_WIDTH ? Orientation.VERTICAL : Orientation.HORIZONTAL;
            if (body.getOrientation() != wanted) {
                body.setOrientation(wanted);
                body.setMinHeight(wanted == Orientation.VERTICAL ? 2 * TABLE_HEIGHT : TABLE_HEIGHT);
                body.setDividerPositions(0.56);
            }
        });
        // in a scroll pane: where the area under the canvas is short, the tables keep a few rows and the tab scrolls
        body.setMinHeight(TABLE_HEIGHT);
        VBox.setVgrow(body, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(new VBox(top, body));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        statistics.statisticsProperty().subscribe(this::show);
        PauseTransition quiet = new PauseTransition(Duration.millis(QUIET_MILLIS));
        quiet.setOnFinished(e -> statistics.refresh());
        editor.storyProperty().addListener((obs, old, story) -> {
            if (showing.get()) {
                quiet.playFromStart();
            }
        });
        showing.addListener((obs, was, now) -> {
            if (now) {
                statistics.refresh();
            } else {
                quiet.stop();
            }
        });
        if (showing.get()) {
            statistics.refresh();
        }
    }

    private void show(StoryStatistics stats) {
        if (stats == null) {
            badge.setText("Measuring the story\u2026");
            summary.setText("");
            showLongest.setVisible(false);
            return;
        }
        boolean fits = StatisticsText.fits(stats);
        badge.setText(StatisticsText.badge(stats));
        badge.setGraphic(new FontIcon(fits ? "fth-moon" : stats.loop().isPresent() ? "fth-repeat" : "fth-alert-triangle"));
        badge.getStyleClass().removeAll("statistics-fits", "statistics-endless");
        badge.getStyleClass().add(fits ? "statistics-fits" : "statistics-endless");
        showLongest.setVisible(stats.longest().isPresent());
        showLongest.setManaged(stats.longest().isPresent());
        summary.setText(summary(stats));
        endings.getItems().setAll(stats.endings());
        nodes.getItems().setAll(stats.nodes());
    }

    /** "2 endings · longest 2:25 to 'Home' (4 nodes) · 1 node spoken (length estimated) · ..." */
    static String summary(StoryStatistics stats) {
        List<String> parts = new ArrayList<>();
        int count = stats.endings().size();
        parts.add(count + (count == 1 ? " ending" : " endings"));
        stats.longest().ifPresent(l -> parts.add("longest " + StatisticsText.time(l.span()) + " to '"
                + stats.name(l.endingId()) + "' (" + l.span().nodes() + " nodes)"));
        stats.endlessThrough().ifPresent(loop -> parts.add("longest path " + StatisticsText.unbounded(stats, loop)));
        int silent = stats.withoutAudio().size();
        parts.add(silent == 0 ? "every node recorded" : silent + (silent == 1 ? " node" : " nodes")
                + " without recorded audio (spoken; ≈ estimated)");
        List<NodeFacts> unreachable = stats.unreachable();
        if (!unreachable.isEmpty() && stats.problem().isEmpty()) {
            parts.add(unreachable.size() + " not reached from the start: " + String.join(", ", unreachable.stream()
                    .limit(3).map(n -> "'" + name(n.title(), n.id()) + "'").toList())
                    + (unreachable.size() > 3 ? " and " + (unreachable.size() - 3) + " more" : ""));
        }
        long words = stats.totalWords();
        parts.add(String.format(Locale.ROOT, "%,d words (%,.0f a node)", words,
                stats.nodes().isEmpty() ? 0.0 : (double) words / stats.nodes().size()));
        return String.join("  \u00b7  ", parts);
    }

    private static String audio(NodeFacts node) {
        String audio = switch (node.time().kind()) {
            case RECORDED -> "Recorded";
            case ESTIMATED -> "Spoken";
            case UNKNOWN -> "Recorded, length unknown";
        };
        return node.reachable() ? audio : audio + "; not reached";
    }

    private String loop(Ending ending) {
        return StatisticsText.unbounded(statistics.statistics(), ending.loopThrough().orElseThrow());
    }

    private static String name(String title, String id) {
        return title.isBlank() ? "Part " + id : title;
    }

    /** A column {@code width} wide that the table may narrow to {@code min}; a cell's whole text is its tooltip. */
    private static <T> TableColumn<T, String> column(String title, double width, double min, Function<T, String> value) {
        return column(title, width, min, value, t -> null);
    }

    /** As above, with {@code tip} the tooltip where it gives one (else the cell's text). */
    private static <T> TableColumn<T, String> column(String title, double width, double min, Function<T, String> value,
            Function<T, String> tip) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String tooltip = row == null ? null : tip.apply(row);
                setTooltip(empty || text == null ? null : new Tooltip(tooltip != null ? tooltip : text));
            }
        });
        return column;
    }

    /** For tests: the statistics shown. */
    StoryStatistics shown() {
        return statistics.statistics();
    }
}
