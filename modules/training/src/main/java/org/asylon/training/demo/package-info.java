/**
 * The demo: in a training instance started with {@code asylon.demo=true}, one short exercise is
 * opened as soon as the suite is up, so the default run offers a trainer something to start.
 */
package org.asylon.training.demo;
