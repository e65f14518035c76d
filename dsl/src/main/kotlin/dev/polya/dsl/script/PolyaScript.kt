package dev.polya.dsl.script

import dev.polya.dsl.plot.Figures
import org.jetbrains.letsPlot.Figure
import java.io.File
import kotlin.script.experimental.annotations.KotlinScript
import kotlin.script.experimental.api.ScriptAcceptedLocation
import kotlin.script.experimental.api.ScriptCompilationConfiguration
import kotlin.script.experimental.api.acceptedLocations
import kotlin.script.experimental.api.compilerOptions
import kotlin.script.experimental.api.defaultImports
import kotlin.script.experimental.api.ide
import kotlin.script.experimental.jvm.dependenciesFromClassloader
import kotlin.script.experimental.jvm.jvm

/**
 * The base class of every polya script: a `.kts` file run by `./polya run`.
 *
 * A script sees the whole DSL without imports (see [SCRIPT_IMPORTS]), its command-line
 * arguments as [args], and can [show] figures. Files named `*.polya.kts` are recognised by an IDE that has
 * polya on its class path (IntelliJ discovers this definition through
 * `META-INF/kotlin/script/templates/`), so the DSL resolves and completes there too; `./polya run`
 * accepts any `.kts` file.
 *
 * @property args the arguments after the script's name on the command line.
 * @property context where the script lives and where its figures go.
 */
@KotlinScript(
    displayName = "polya script",
    fileExtension = "polya.kts",
    compilationConfiguration = PolyaScriptCompilation::class,
)
public abstract class PolyaScript(public val args: Array<String>, public val context: ScriptContext) {

    private var shown = 0

    /** [path] resolved against the script's own folder: `file("../data/iris.csv")`. */
    public fun file(path: String): File = context.scriptFile.absoluteFile.parentFile.resolve(path).normalize()

    /**
     * Writes [figure] into the script's figure folder (next to the script, or the `--out` folder) and
     * prints each path written on standard error.
     *
     * Each name's extension picks the format (`.svg`, `.png`, `.html`; see [Figures.save]). Without a
     * name the figure is written as `<script>-<n>.svg`, n counting the figures shown so far.
     *
     * @return the files written.
     */
    public fun show(figure: Figure, vararg names: String): List<File> {
        shown++
        val files = (if (names.isEmpty()) arrayOf("${context.scriptName}-$shown.svg") else names)
            .map { Figures.save(figure, context.figureDirectory.resolve(it)) }
        files.forEach { System.err.println("figure: ${context.display(it)}") }
        return files
    }
}

/**
 * Where a running script lives and where its figures go.
 *
 * @property scriptFile the script being run.
 * @property figureDirectory the folder [PolyaScript.show] writes into.
 */
public class ScriptContext(public val scriptFile: File, public val figureDirectory: File) {

    /** The script's file name without `.kts` or `.polya.kts`, used to name figures. */
    public val scriptName: String
        get() = scriptFile.name.removeSuffix(".kts").removeSuffix(".polya")

    /** [file] relative to the working directory when it lies below it, otherwise absolute. */
    public fun display(file: File): String {
        val cwd = File("").absoluteFile.toPath()
        val path = file.absoluteFile.toPath().normalize()
        return if (path.startsWith(cwd)) cwd.relativize(path).toString() else path.toString()
    }

    public companion object {
        /** A context whose figures go next to [scriptFile] (or into [outDirectory] when given). */
        public fun of(scriptFile: File, outDirectory: File? = null): ScriptContext =
            ScriptContext(scriptFile, outDirectory ?: scriptFile.absoluteFile.parentFile)
    }
}

/** How a polya script is compiled: the DSL auto-imported, the class path of the host, Java 17 bytecode. */
public object PolyaScriptCompilation : ScriptCompilationConfiguration({
    defaultImports(SCRIPT_IMPORTS)
    jvm {
        // The class path of the loader that loaded this definition: works for `java -cp`, Surefire and IDEs.
        dependenciesFromClassloader(classLoader = PolyaScript::class.java.classLoader, wholeClasspath = true)
    }
    // The embedded compiler defaults to JVM 1.8, which cannot inline the DSL's Java 17 inline functions.
    compilerOptions.append("-jvm-target", "17")
    ide { acceptedLocations(ScriptAcceptedLocation.Everywhere) }
}) {
    private fun readResolve(): Any = PolyaScriptCompilation
}

/** The packages every polya script imports: the DSL, `kotlin.math` and the Lets-Plot grammar. */
public val SCRIPT_IMPORTS: List<String> = listOf(
    "dev.polya.dsl.*",
    "dev.polya.dsl.linalg.*",
    "dev.polya.dsl.calculus.*",
    "dev.polya.dsl.data.*",
    "dev.polya.dsl.probability.*",
    "dev.polya.dsl.multivariable.*",
    "dev.polya.dsl.ml.*",
    "dev.polya.dsl.plot.*",
    "dev.polya.ml.neural.Activation",
    "dev.polya.linalg.Vector",
    "dev.polya.linalg.Matrix",
    "dev.polya.linalg.Complex",
    "dev.polya.probability.random.Rng",
    "dev.polya.probability.random.NumpyRandom",
    "kotlin.math.*",
    "org.jetbrains.letsPlot.*",
    "org.jetbrains.letsPlot.geom.*",
    "org.jetbrains.letsPlot.stat.*",
    "org.jetbrains.letsPlot.label.*",
    "org.jetbrains.letsPlot.scale.*",
    "org.jetbrains.letsPlot.coord.*",
    "org.jetbrains.letsPlot.facet.*",
    "org.jetbrains.letsPlot.themes.*",
    "org.jetbrains.letsPlot.pos.*",
)
