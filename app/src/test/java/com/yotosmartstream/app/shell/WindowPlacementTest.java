package com.yotosmartstream.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final WindowPlacement.Area LAPTOP = new WindowPlacement.Area(0, 0, 1920, 1050);
    private static final WindowPlacement.Area MONITOR = new WindowPlacement.Area(1920, 0, 2560, 1400);

    @Test
    void aWindowStillOnAScreenOpensWhereItWas() {
        WindowGeometry saved = new WindowGeometry(100, 120, 1100, 720, false);
        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP))).isEqualTo(saved);
    }

    @Test
    void aSavedSizeSmallerThanUsableOpensAtTheUsableSize() {
        WindowGeometry squeezed = new WindowGeometry(100, 120, 720, 460, true);
        assertThat(WindowPlacement.place(Optional.of(squeezed), List.of(LAPTOP)))
                .isEqualTo(new WindowGeometry(100, 120, 1024, 700, true));
    }

    @Test
    void onAScreenSmallerThanUsableASavedWindowTakesTheWholeScreen() {
        WindowPlacement.Area small = new WindowPlacement.Area(0, 0, 1000, 600);
        WindowGeometry placed = WindowPlacement.place(Optional.of(new WindowGeometry(0, 0, 800, 500, false)),
                List.of(small));
        assertThat(placed.width()).isEqualTo(1000);
        assertThat(placed.height()).isEqualTo(600);
    }

    @Test
    void aWindowOnASecondMonitorStaysThere() {
        WindowGeometry saved = new WindowGeometry(2200, 100, 1600, 1000, true);
        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP, MONITOR))).isEqualTo(saved);
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneComesBackCentredOnThePrimaryScreen() {
        WindowGeometry saved = new WindowGeometry(2200, 100, 1600, 1000, false);
        WindowGeometry placed = WindowPlacement.place(Optional.of(saved), List.of(LAPTOP));
        assertThat(placed.width()).isEqualTo(1280);
        assertThat(placed.height()).isEqualTo(800);
        assertThat(placed.x()).isEqualTo((1920 - 1280) / 2.0);
        assertThat(placed.y()).isEqualTo((1050 - 800) / 2.0);
    }

    @Test
    void aWindowWhoseTitleBarIsOffScreenIsMovedBack() {
        WindowGeometry saved = new WindowGeometry(100, -500, 1000, 700, false);
        WindowGeometry placed = WindowPlacement.place(Optional.of(saved), List.of(LAPTOP));
        assertThat(placed.y()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aSavedSizeLargerThanTheScreenShrinksToFit() {
        WindowGeometry saved = new WindowGeometry(0, 0, 5000, 3000, false);
        WindowGeometry placed = WindowPlacement.place(Optional.of(saved), List.of(LAPTOP));
        assertThat(placed.width()).isEqualTo(1920);
        assertThat(placed.height()).isEqualTo(1050);
    }

    @Test
    void aFirstStartOnASmallScreenUsesMostOfIt() {
        WindowPlacement.Area small = new WindowPlacement.Area(0, 0, 1024, 600);
        WindowGeometry placed = WindowPlacement.place(Optional.empty(), List.of(small));
        assertThat(placed.width()).isEqualTo(1024 * 0.9);
        assertThat(placed.height()).isEqualTo(600 * 0.9, org.assertj.core.api.Assertions.within(0.001));
        assertThat(placed.maximized()).isFalse();
    }

    @Test
    void geometryRoundTripsThroughItsSettingText() {
        WindowGeometry g = new WindowGeometry(-1200, 40, 1100, 720, true);
        assertThat(g.format()).isEqualTo("-1200,40,1100,720,true");
        assertThat(WindowGeometry.parse(g.format())).contains(g);
    }

    @Test
    void damagedGeometryTextIsIgnored() {
        assertThat(WindowGeometry.parse("")).isEmpty();
        assertThat(WindowGeometry.parse("1,2,3")).isEmpty();
        assertThat(WindowGeometry.parse("a,b,c,d,true")).isEmpty();
        assertThat(WindowGeometry.parse("1,2,-5,4,false")).isEmpty();
        assertThat(WindowGeometry.parse("1,2,3,4,maybe")).isEmpty();
        assertThat(WindowGeometry.parse("1,2,NaN,4,false")).isEmpty();
    }
}
