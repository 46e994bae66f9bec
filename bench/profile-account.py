#!/usr/bin/env python3
# Accounts for the CPU time of one profiled command (async-profiler's collapsed output with thread names, one line
# per stack: "[thread tid=N];frame;frame... COUNT"), each sample standing for INTERVAL_MS of CPU. Prints the CPU
# seconds per thread and per activity; a stack belongs to the first activity below whose pattern it contains.
# Usage: profile-account.py FILE.collapsed INTERVAL_MS
import collections
import re
import sys

ACTIVITIES = [
    ("JIT compilation (C1, C2)", r"^\[C[12] CompilerThre"),
    ("VM thread (safepoints, GC)", r"^\[(VM Thread|GC Thread|VM Periodic)"),
    ("fsync / fdatasync (kernel)", r"ksys_fsync|do_fsync|force0|__x64_sys_fdatasync"),
    ("random suffix (SecureEntropy)", r"SecureEntropy\.nextBytes"),
    ("read(2): kernel copies of the input", r"ksys_read|ksys_pread"),
    ("write(2): kernel copies of the output", r"ksys_write|ksys_pwrite"),
    ("OmegaSafe transform", r"domain/transform/OmegaCipher"),
    ("CRC-32C of the container", r"CRC32C"),
    ("SHA-256 of the plaintext and keys", r"sun/security/provider/(DigestBase|SHA2)|sha256_|SHA256"),
    ("buffer copies (heap and native)", r"arraycopy|CopyMemory|copyMemory"),
    ("Argon2id (the config password)", r"Argon2"),
    ("AES-GCM of the local containers", r"com/sun/crypto/provider"),
    ("start-up: classes, interpreter, Quarkus, picocli, Jackson",
     r"Interpreter|ClassLoader|LinkResolver|Verifier|SystemDictionary|ClassFileParser|picocli/|io/quarkus/|smallrye|jackson"),
    ("other application code", r"(^|;)(adapters|application|domain)/"),
]
OTHER = "other (JVM runtime, kernel, page faults)"


def main():
    path, interval = sys.argv[1], float(sys.argv[2]) / 1000
    threads = collections.Counter()
    activities = collections.Counter()
    for line in open(path):
        stack, count = line.rstrip("\n").rsplit(" ", 1)
        seconds = int(count) * interval
        thread = re.sub(r" tid=\d+\]$", "]", stack.split(";", 1)[0]).strip("[]")
        threads[thread] += seconds
        activity = next((name for name, pattern in ACTIVITIES if re.search(pattern, stack)), OTHER)
        activities[activity] += seconds
    total = sum(threads.values())
    print(f"| thread | CPU s |\n| --- | --- |")
    for name, s in threads.most_common():
        if s >= 0.005:
            print(f"| {name} | {s:.2f} |")
    print(f"| all threads | {total:.2f} |\n")
    print(f"| activity | CPU s | share |\n| --- | --- | --- |")
    for name, s in activities.most_common():
        print(f"| {name} | {s:.2f} | {100 * s / total:.0f} % |")
    print()


if __name__ == "__main__":
    main()
