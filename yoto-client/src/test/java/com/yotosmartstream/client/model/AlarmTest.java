package com.yotosmartstream.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Alarms in yoto_api's comma-separated form (rest/requests.py encode_alarm, rest/client.py _parse_alarm). */
class AlarmTest {

    @Test
    void yotoApisFormReadsAsItsFields() {
        Alarm alarm = Alarm.parse("1111100,07:30,s1,,,8,1"); // yoto_api tests/test_client.py SetAlarmsTests

        assertThat(alarm.days()).isEqualTo("1111100");
        assertThat(alarm.time()).contains(LocalTime.of(7, 30));
        assertThat(alarm.sound()).isEqualTo("s1");
        assertThat(alarm.volume()).contains(8);
        assertThat(alarm.enabled()).isTrue();
        assertThat(alarm.ringsOn(1)).as("Monday").isTrue();
        assertThat(alarm.ringsOn(7)).as("Sunday").isFalse();
    }

    @Test
    void theNodeClientsExampleWithoutColonOrEnabledFlagReadsAsAnAlarmThatIsOn() {
        Alarm alarm = Alarm.parse("1111111,1100,5WsQg,,,8"); // yoto-nodejs-client lib/api-endpoints/devices.js

        assertThat(alarm.time()).contains(LocalTime.of(11, 0));
        assertThat(alarm.enabled()).as("absent means on, as yoto_api reads it").isTrue();
        assertThat(alarm.withTime(LocalTime.of(6, 45)).encoded()).as("an edit keeps the time's form")
                .isEqualTo("1111111,0645,5WsQg,,,8");
        assertThat(alarm.withEnabled(false).encoded()).isEqualTo("1111111,1100,5WsQg,,,8,0");
    }

    @Test
    void aNewAlarmIsWrittenAsYotoApiWritesOne() {
        assertThat(Alarm.of("0000011", LocalTime.of(9, 0), "s2", 4, false).encoded()).isEqualTo("0000011,09:00,s2,,,4,0");
    }

    @Test
    void unknownPositionsAndUnreadableAlarmsSurviveAnEdit() {
        Alarm odd = Alarm.parse("1111100,07:30,s1,x,y,8,1,extra");
        assertThat(odd.withVolume(3).encoded()).isEqualTo("1111100,07:30,s1,x,y,3,1,extra");

        Alarm unreadable = Alarm.parse("07:00,1,0,0,0,1"); // a shape yoto_api's merge test only carries through
        assertThat(unreadable.readable()).isFalse();
        assertThat(unreadable.encoded()).isEqualTo("07:00,1,0,0,0,1");
    }

    @ParameterizedTest
    @CsvSource({"07:00,true", "0700,true", "23:59,true", "25:00,false", "12:60,false", "7,false", "ab:cd,false"})
    void onlyRealTimesOfDayRead(String text, boolean reads) {
        assertThat(Alarm.parseTime(text).isPresent()).isEqualTo(reads);
    }
}
