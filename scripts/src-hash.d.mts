export declare const SRC_HASH_FILE: string
export declare function srcHash(root: string): string
