package com.yotosmartstream.icons.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlayerDisplayTest {

    @Test
    void aDarkPictureIsNotDimmedAndAWhiteOneIsDimmedToTwoThirds() {
        IconImage navy = IconImage.filled(0xff1d2b53);
        IconImage white = IconImage.filled(0xffffffff);

        assertThat(PlayerDisplay.dimming(navy)).isEqualTo(1.0);
        assertThat(PlayerDisplay.brightness(white)).isCloseTo(1.0, within(1e-9));
        assertThat(PlayerDisplay.dimming(white)).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(PlayerDisplay.leds(white, true)[0]).isEqualTo(0xffaaaaaa);
        assertThat(PlayerDisplay.leds(white, false)[0]).isEqualTo(0xffffffff);
    }

    @Test
    void transparentPixelsAreDarkLedsAndDoNotCountTowardsBrightness() {
        IconImage star = IconImage.blank().with(8, 8, 0xffffffff);

        assertThat(PlayerDisplay.brightness(star)).isCloseTo(1.0, within(1e-9));
        int[] leds = PlayerDisplay.leds(star, false);
        assertThat(leds[0]).isEqualTo(0xff000000);
        assertThat(leds[8 * 16 + 8]).isEqualTo(0xffffffff);
        assertThat(PlayerDisplay.brightness(IconImage.blank())).isZero();
    }

    @Test
    void halfTransparentPixelsGlowHalf() {
        int[] leds = PlayerDisplay.leds(IconImage.filled(0x80ff0000), false);
        assertThat(leds[0]).isEqualTo(0xff800000);
    }
}
