// The hechting Android library: the generated Kotlin bindings (src/main/kotlin) and
// the Rust library per ABI (src/main/jniLibs), both laid out by bindings/android/build.sh.
// Plugin versions come from the including project (see bindings/README.md).
plugins {
    id("com.android.library")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "nl.hechting"
    compileSdk = 35

    defaultConfig {
        minSdk = 24
        consumerProguardFiles("consumer-rules.pro")
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    // The .so files are stripped by build.sh already; keep them as they are.
    packaging {
        jniLibs {
            keepDebugSymbols += "**/libhechting.so"
        }
    }
}

kotlin {
    jvmToolchain(17)
}

dependencies {
    // The generated bindings call the library through JNA (the AAR carries its
    // native part for every ABI).
    implementation("net.java.dev.jna:jna:5.17.0@aar")
}
