// Where a cold start's instructions go, by kind of work: the exclusive cost of every function in a
// callgrind profile (callgrind_annotate), charged by its name to one category. Used by
// `npm run bench -- --instructions` so a reader sees which kind of work ours pays more of than the
// peer (parsing more source, building more objects, a GC more) rather than one total.
import { execFile } from 'node:child_process';

/**
 * Checked in order, the first match wins; a function matching none is "other". The names are
 * V8's, Node's and OpenSSL's C++ symbols, which the node binaries keep.
 */
export const CATEGORIES = [
  ['hash seed (prime search)', /detail::sprp|HashSeed::/],
  ['snapshot deserialize', /Deserializer|Snapshot|ReadOnlyHeap|IterateObjectCache/],
  ['OpenSSL (CA certificates, TLS)', /\b(asn1|ASN1|EVP_|PEM_|X509|x509|BN_|bn_|bin2bn|ossl_|OPENSSL_|CRYPTO_|OBJ_|sha\d|SHA\d|c2i_|d2i_|i2d_|BIO_|ERR_)|node::crypto::|\[.*lib(ssl|crypto)/],
  ['parse + scan', /v8::internal::(Zone|Scanner|Parser|PreParser|ParserBase|AstValueFactory|AstRawString|AstConsString|AstNodeFactory|Scope|DeclarationScope|ClassScope|ExpressionScope|VariableMap|FuncNameInferrer|PerfectKeywordHash|Utf16CharacterStream|ScannerStream|Declaration|Variable|ParseInfo|PreparseData|ProducedPreparseData|ZonePreparseData|(\w+)Literal|Expression|RegExpParser|RegExpBuilder|UnoptimizedCompileState|(\(anonymous namespace\)::)?UpdateNeedsHoleCheck)|Utf16CharacterStream|AstRawString|ScanIdentifier|SkipWhiteSpace/],
  ['bytecode generation', /v8::internal::(interpreter::|SourcePositionTableBuilder|FeedbackMetadata|FeedbackVectorSpec|ScopeInfo|Compiler::|(\(anonymous namespace\)::)?(Compile|Finalize|Iterative|Background)|SharedFunctionInfo|UnoptimizedCompil|BytecodeArray)/],
  ['optimizing compilers (baseline, Maglev, Turbofan)', /v8::internal::(baseline|maglev|compiler|turboshaft|wasm)::|Assembler|MacroAssembler|CodeDesc|Builtins_Compile/],
  ['regular expressions (compile, run)', /v8::internal::(RegExp|TextNode|ChoiceNode|Trace::|Irregexp|RegExpCompiler|RegExpMacroAssembler|RegExpBytecode)|Builtins_RegExp/],
  ['GC, heap allocation', /v8::internal::(HeapObject::SizeFromMap|HeapAllocator|Scavenge|Scavenger|MarkCompact|MinorMarkSweep|MarkingVisitor|ConcurrentMarking|Sweeper|Evacuat|Heap_|Heap::|heap::|IncrementalMarking|MemoryAllocator|PagedSpace|NewSpace|SemiSpace|MutablePageMetadata|MemoryChunk|Page::|LargeObjectSpace|HeapObjectIterator|ArrayBufferSweeper|GlobalHandles|RememberedSet|SlotSet|TypedSlot|FreeList|LocalHeap|EphemeronTable|Young)|IterateAndScavenge|ScavengeVisitor|IteratePointers|cppgc::|heap::base::/],
  ['strings (UTF-8 decoding, hashing, internalizing)', /v8::internal::(Utf8Decoder|String::|StringTable|String\w*Key|CopyChars|StringHasher|SeqString|SeqOneByte|SeqTwoByte|ConsString|SlicedString|ExternalString|StringBuilder|IncrementalStringBuilder|StringCharacterStream|Name::)|Utf8DecoderBase|simdutf|Builtins_String/],
  ['maps, objects, properties, ICs', /v8::internal::(Map::|Map\w*::|LookupIterator|DescriptorArray|TransitionsAccessor|TransitionArray|MapUpdater|JSObject|Object::|JSReceiver|HashTable|Dictionary|NameDictionary|SwissNameDictionary|PropertyArray|LoadIC|StoreIC|KeyedLoadIC|KeyedStoreIC|IC::|FeedbackNexus|FeedbackVector|FieldType|Factory::|BinarySearch|JSFunction|AllocationSite|ElementsAccessor|(\w+)ElementsAccessor|PrototypeInfo|JSArray|Runtime_|Accessor|ClassBoilerplate|ObjectLiteral|ArrayLiteral|AllocationMemento|PropertyCell|Context::|ScriptContextTable|CallOptimization|JSProxy)|Builtins_(\w*IC\w*|CreateShallow|CloneObject|DefineNamedOwn|DefineKeyedOwn|CreateObjectLiteral|CreateArrayLiteral|FastNewObject)/],
  ['interpreter and builtins (running JS)', /Builtins_|v8::internal::(Builtin_|Execution|Invoke|Isolate::|Runtime::|RuntimeCallStats|StackGuard|MicrotaskQueue|Promise|JSPromise)/],
  ['node (C++: modules, fs, bootstrap)', /node::|uv_|v8::(Object|Function|String|FunctionTemplate|ObjectTemplate|Context|Isolate|Value)::|v8::api_internal|v8::Utils/],
  ['malloc, libc', /malloc|memmove|memcpy|memcmp|memset|strlen|strcmp|arena\.c|pthread|__libc|_IO_|free$|\bfree\b|operator new|operator delete|std::/],
  ['dynamic linker', /ld-linux|dl-|_dl_|do_lookup/],
];

/** {category: instructions} of one callgrind output file (exclusive costs, all threads). */
export function categorize(outFile) {
  return new Promise((resolve, reject) => {
    execFile('callgrind_annotate', ['--threshold=100', outFile], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const totals = Object.fromEntries([...CATEGORIES.map(([name]) => [name, 0]), ['other', 0]]);
      let total = 0;
      for (const line of stdout.split('\n')) {
        const m = /^\s*([\d,]+) \([\s\d.]+%\)\s+(.*)$/.exec(line);
        if (!m) continue;
        const cost = Number(m[1].replaceAll(',', ''));
        if (m[2].startsWith('PROGRAM TOTALS')) {
          total = cost;
          continue;
        }
        const name = m[2].replace(/^[^:]*:/, '');
        const hit = CATEGORIES.find(([, re]) => re.test(name) || re.test(m[2]));
        totals[hit ? hit[0] : 'other'] += cost;
      }
      resolve({ total, byCategory: totals });
    });
  });
}
