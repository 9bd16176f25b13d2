package org.asylon.training.run.entity;

/** A run is open while trainees work, closed once scored for good (a rerun is a new run). */
public enum RunState {
    OPEN,
    CLOSED
}
