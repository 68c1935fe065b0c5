package com.dorsum.injections;

/** Which facet joint of the level is injected (R7). */
public enum Side { LEFT, RIGHT, BILATERAL }
