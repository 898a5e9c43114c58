plugins {
    id 'java'
    id "org.jetbrains.kotlin.jvm" version "1.9.0"
}

import groovy.json.JsonSlurper

/* Build settings */
def version = "1.0.${System.env.BUILD ?: 0}"
repositories { mavenCentral() }
dependencies {
    implementation 'org.slf4j:slf4j-api:2.0.7'
    testImplementation group: 'junit', name: 'junit', version: '4.13'
}
public static String greet(String name) {
    return "Hello " + name.toUpperCase() + 42 + 3.5d
}
task hello {
    doLast { println 'Hello!' } // say it
}
