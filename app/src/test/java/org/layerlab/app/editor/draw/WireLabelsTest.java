package org.layerlab.app.editor.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.layerlab.core.edit.LayeredLayout;

/** The label placement the picture and the canvas share. */
class WireLabelsTest {
    private static final Point LABEL = new Point(78, 19);

    @Test
    void aLabelBetweenTwoCloseCardsLeavesBothCardsAndTheirPortsFree() {
        NodeGeometry left = new NodeGeometry(40, 80, 1, true);
        NodeGeometry right = new NodeGeometry(40 + NodeGeometry.WIDTH + 20, 80, 1, true);
        WireGeometry wire = new WireGeometry(left.outPort(), right.inPort(0));

        Box label = WireLabels.around(WireLabels.place(List.of(wire), List.of(LABEL),
                List.of(left.card(), right.card())).get(0), LABEL);

        assertThat(label.overlaps(left.withPorts())).isFalse();
        assertThat(label.overlaps(right.withPorts())).isFalse();
    }

    @Test
    void betweenLayersAsFarApartAsTheLayoutPutsThemTheLabelStaysOnItsWire() {
        NodeGeometry left = new NodeGeometry(40, 80, 1, true);
        NodeGeometry right = new NodeGeometry(40 + LayeredLayout.COLUMN_WIDTH, 80, 1, true);
        WireGeometry wire = new WireGeometry(left.outPort(), right.inPort(0));

        // As wide as (None, 128) in the canvas's label font.
        Point wide = new Point(92, 19);

        assertThat(WireLabels.place(List.of(wire), List.of(wide), List.of(left.card(), right.card())))
                .containsExactly(wire.middle());
    }

    @Test
    void withRoomTheLabelSitsOnTheMiddleOfItsWire() {
        NodeGeometry left = new NodeGeometry(40, 80, 1, true);
        NodeGeometry right = new NodeGeometry(40 + NodeGeometry.WIDTH + 130, 80, 1, true);
        WireGeometry wire = new WireGeometry(left.outPort(), right.inPort(0));

        assertThat(WireLabels.place(List.of(wire), List.of(LABEL), List.of(left.card(), right.card())))
                .containsExactly(wire.middle());
    }

    @Test
    void onAThousandCardModelNoTwoLabelsOverlapAndNoneCoversACard() {
        List<NodeGeometry> cards = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // Rows of cards closer than the layout puts them, so many labels must move off their wires.
            cards.add(new NodeGeometry(i % 25 * 230, i / 25 * 160, 1, true));
        }
        List<WireGeometry> wires = new ArrayList<>();
        List<Point> sizes = new ArrayList<>();
        for (int i = 1; i < cards.size(); i++) {
            wires.add(new WireGeometry(cards.get(i - 1).outPort(), cards.get(i).inPort(0)));
            sizes.add(LABEL);
        }
        List<Box> obstacles = cards.stream().map(NodeGeometry::card).toList();

        List<Point> centres = WireLabels.place(wires, sizes, obstacles);

        List<Box> labels = centres.stream().map(c -> WireLabels.around(c, LABEL)).toList();
        assertThat(IntStream.range(0, centres.size()).filter(i -> !centres.get(i).equals(wires.get(i).middle())))
                .as("labels moved off the middle of their wire").isNotEmpty();
        for (int i = 0; i < labels.size(); i++) {
            Box label = labels.get(i);
            assertThat(obstacles).as("label %d over a card", i).noneMatch(label::overlaps);
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(label.overlaps(labels.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }
    }
}
