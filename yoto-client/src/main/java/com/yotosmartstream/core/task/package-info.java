/**
 * Background work. Every long or blocking job in the app goes through one {@link
 * com.yotosmartstream.core.task.TaskExecutor}: the app runs tasks on a background pool and
 * reports back on the FX thread; tests use {@link
 * com.yotosmartstream.core.task.CurrentThreadTaskExecutor} so asynchronous code is tested
 * deterministically. Main code never starts a bare {@code Thread}.
 */
package com.yotosmartstream.core.task;
