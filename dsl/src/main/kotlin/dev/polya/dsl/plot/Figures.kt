package dev.polya.dsl.plot

import org.apache.batik.transcoder.TranscoderInput
import org.apache.batik.transcoder.TranscoderOutput
import org.apache.batik.transcoder.image.PNGTranscoder
import org.jetbrains.letsPlot.Figure
import org.jetbrains.letsPlot.awt.plot.PlotSvgExport
import org.jetbrains.letsPlot.intern.toSpec
import java.awt.Color
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.StringReader
import java.nio.file.Files
import java.nio.file.StandardCopyOption

/** The file formats a figure can be written in, chosen by the file name's extension. */
public enum class FigureFormat(public val extension: String) {
    /** Scalable vector graphics, exactly as Lets-Plot draws the figure. */
    SVG("svg"),

    /** A raster image: the SVG rasterized by Batik at [Figures.PNG_SCALE]× its size, on white. */
    PNG("png"),

    /** A self-contained web page with the SVG embedded: it opens offline (no JavaScript, no CDN). */
    HTML("html");

    public companion object {
        /** The format named by [file]'s extension, or an [IllegalArgumentException] naming the file. */
        public fun of(file: File): FigureFormat = entries.firstOrNull { it.extension == file.extension.lowercase() }
            ?: throw IllegalArgumentException(
                "cannot save a figure as '${file.name}': the extension must be one of " +
                    entries.joinToString { ".${it.extension}" },
            )
    }
}

/**
 * Writing Lets-Plot figures to disk: SVG, PNG and offline HTML.
 *
 * Files are written to a temporary sibling and then moved over the target, so a reader (a browser that
 * auto-reloads, an IDE preview) never sees half a figure, and folders are created as needed.
 */
public object Figures {
    /** PNGs are rasterized at twice the figure's size, for crisp lines and text on high-density screens. */
    public const val PNG_SCALE: Float = 2f

    private val svgWidth = Regex("""<svg[^>]*?\swidth="([0-9.]+)""")

    /** [figure] as an SVG document, drawn by Lets-Plot. */
    public fun svg(figure: Figure): String = PlotSvgExport.buildSvgImageFromRawSpecs(figure.toSpec())

    /** [figure] as PNG bytes: its SVG rasterized by Batik at [scale]× its size, on a white background. */
    public fun png(figure: Figure, scale: Float = PNG_SCALE): ByteArray = rasterize(svg(figure), scale)

    /** [figure] as a self-contained HTML page that shows its SVG, with [title] as the page title. */
    public fun html(figure: Figure, title: String = "polya figure"): String = """
        |<!DOCTYPE html>
        |<html lang="en">
        |<head>
        |<meta charset="utf-8">
        |<title>${escapeHtml(title)}</title>
        |<style>body { margin: 16px; background: #ffffff; font-family: sans-serif; }</style>
        |</head>
        |<body>
        |${svg(figure)}
        |</body>
        |</html>
        |""".trimMargin()

    /**
     * Writes [figure] to [file] in the format its extension names (`.svg`, `.png`, `.html`), creating
     * missing folders and replacing an existing file atomically.
     *
     * @return [file].
     * @throws IllegalArgumentException when the extension is not one of [FigureFormat].
     */
    public fun save(figure: Figure, file: File): File {
        val bytes = when (FigureFormat.of(file)) {
            FigureFormat.SVG -> svg(figure).toByteArray()
            FigureFormat.PNG -> png(figure)
            FigureFormat.HTML -> html(figure, title = file.nameWithoutExtension).toByteArray()
        }
        writeAtomically(file, bytes)
        return file
    }

    private fun rasterize(svg: String, scale: Float): ByteArray {
        val transcoder = PNGTranscoder()
        svgWidth.find(svg)?.groupValues?.get(1)?.toFloat()?.let {
            transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, it * scale)
        }
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE)
        val out = ByteArrayOutputStream()
        transcoder.transcode(TranscoderInput(StringReader(forBatik(svg))), TranscoderOutput(out))
        return out.toByteArray()
    }

    /**
     * Lets-Plot draws a raster layer (a heat map) as an <image> styled `image-rendering: pixelated`, a CSS value
     * Batik's CSS engine rejects; `optimizeSpeed`, which the same declaration also gives, means the same to it.
     */
    private fun forBatik(svg: String): String = svg.replace(Regex("""image-rendering:\s*pixelated;?"""), "")

    private fun writeAtomically(file: File, bytes: ByteArray) {
        val target = file.absoluteFile.toPath()
        Files.createDirectories(target.parent)
        // a sibling, so the move is a rename; Files.write (unlike createTempFile) honours the umask
        val temporary = target.resolveSibling(".${target.fileName}.${ProcessHandle.current().pid()}.${System.nanoTime()}.part")
        try {
            Files.write(temporary, bytes)
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
        } finally {
            Files.deleteIfExists(temporary)
        }
    }

    private fun escapeHtml(text: String): String =
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
}

/**
 * Writes [figure] to [path]; the extension picks the format (`.svg`, `.png` or `.html`, see [FigureFormat]).
 * Folders are created as needed and an existing file is replaced atomically.
 *
 * ```
 * save(letsPlot(data) + geomLine { x = "x"; y = "y" }, "figures/sine.png")
 * ```
 * @return the file written.
 */
public fun save(figure: Figure, path: String): File = Figures.save(figure, File(path))

/** Writes this figure to [path]: the same as [save] (`plot.save("figures/sine.svg")`). */
@JvmName("saveTo")
public fun Figure.save(path: String): File = Figures.save(this, File(path))
