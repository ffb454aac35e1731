package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void aFullCacheForgetsTheLeastRecentlyUsedEntryFirst() {
        LruCache<String, Integer> cache = new LruCache<>(3);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);
        cache.get("a");

        cache.put("d", 4);

        assertThat(cache.keysByUse()).containsExactly("c", "a", "d");
        assertThat(cache.get("b")).isEmpty();

        cache.put("c", 30);
        cache.put("e", 5);

        assertThat(cache.keysByUse()).as("writing c used it; a was next").containsExactly("d", "c", "e");
        assertThat(cache.get("c")).contains(30);
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void aMissDoesNotCountAsUse() {
        LruCache<String, Integer> cache = new LruCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);

        assertThat(cache.get("x")).isEmpty();
        cache.remove("a");

        assertThat(cache.keysByUse()).containsExactly("b");
    }
}
