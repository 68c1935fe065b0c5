package com.dorsum.people;

public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }
