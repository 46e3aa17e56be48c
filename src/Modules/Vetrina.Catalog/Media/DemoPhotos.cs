using SkiaSharp;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Media;

/// <summary>
/// The demo brand's product photographs, drawn as a studio shot would look to an encoder: a lit backdrop, the garment in
/// its colourway with fabric texture, light and shadow, and sensor grain. A 1600 × 2000 JPEG weighs 200-400 KB, as a
/// brand's export does, so page weights and Lighthouse figures measure what a real shop would serve. The same key
/// draws the same bytes on every node (the grain's seed comes from the key, never from the process).
/// </summary>
internal static class DemoPhotos
{
    public const int Width = 1600;
    public const int Height = 2000;

    /// <summary>Front, back and a close-up of the fabric.</summary>
    public const int Views = 3;

    private const int Grain = 256;

    public static byte[] Jpeg(string styleCode, SizeType sizeType, string colourCode, string hex, int view)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        var colour = SKColor.TryParse(hex, out var parsed) ? parsed : SKColors.Gray;
        var seed = Seed($"{styleCode}/{colourCode}/{view}");
        var shape = Shape(styleCode, sizeType);
        Backdrop(canvas);
        if (view == 3)
        {
            // The close-up: the fabric fills the frame, lit from the side.
            canvas.Save();
            canvas.Scale(3.2f, 3.2f, Width / 2f, Height / 2f);
            Garment(canvas, shape, colour, seed, back: false);
            canvas.Restore();
        }
        else
        {
            Shadow(canvas);
            Garment(canvas, shape, colour, seed, back: view == 2);
        }

        // The close-up's texture is coarse already; less grain keeps its weight with the others'.
        AddGrain(canvas, seed, view == 3 ? (byte)4 : (byte)10, view == 3 ? (byte)40 : (byte)55);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 86);
        return data.ToArray();
    }

    private static void Backdrop(SKCanvas canvas)
    {
        using var sweep = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, Height),
                [new SKColor(0xF1, 0xEE, 0xE9), new SKColor(0xE2, 0xDE, 0xD7), new SKColor(0xCF, 0xCA, 0xC2)], [0f, 0.7f, 1f], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, Width, Height, sweep);
        using var vignette = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(new SKPoint(Width / 2f, Height * 0.42f), Height * 0.75f,
                [SKColors.Transparent, new SKColor(0, 0, 0, 70)], [0.55f, 1f], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, Width, Height, vignette);
    }

    private static void Shadow(SKCanvas canvas)
    {
        using var shadow = new SKPaint { Color = new SKColor(0, 0, 0, 60), IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 40) };
        canvas.DrawOval(new SKRect(Width * 0.22f, Height * 0.86f, Width * 0.78f, Height * 0.93f), shadow);
    }

    private static void Garment(SKCanvas canvas, string pathData, SKColor colour, int seed, bool back)
    {
        using var path = SKPath.ParseSvgPathData(pathData);
        // The shapes are drawn on an 800 × 1000 board.
        path.Transform(SKMatrix.CreateScale(Width / 800f, Height / 1000f));
        if (back)
        {
            path.Transform(SKMatrix.CreateScale(-1, 1, Width / 2f, 0));
        }

        canvas.Save();
        canvas.ClipPath(path, antialias: true);
        using var fill = new SKPaint { Color = colour };
        canvas.DrawPath(path, fill);
        Knit(canvas, seed);
        using var light = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(Width, Height * 0.3f),
                [new SKColor(255, 255, 255, 60), SKColors.Transparent, new SKColor(0, 0, 0, 90)], [0f, 0.45f, 1f], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, Width, Height, light);
        canvas.Restore();
        using var edge = new SKPaint { Color = new SKColor(0, 0, 0, 70), IsStroke = true, StrokeWidth = 5, IsAntialias = true };
        canvas.DrawPath(path, edge);
    }

    /// <summary>Ribs of the knit (or weave) with a stitch every few pixels, each a little lighter or darker than the next.</summary>
    private static void Knit(SKCanvas canvas, int seed)
    {
        var random = new Random(seed);
        using var rib = new SKPaint { IsAntialias = true, StrokeWidth = 7, IsStroke = true };
        for (var x = 0; x < Width; x += 9)
        {
            var shade = (byte)random.Next(10, 60);
            rib.Color = (x / 9 % 2 == 0 ? SKColors.White : SKColors.Black).WithAlpha(shade);
            canvas.DrawLine(x, 0, x + random.Next(-6, 7), Height, rib);
        }

        using var stitch = new SKPaint { IsAntialias = true };
        for (var y = 0; y < Height; y += 12)
        {
            stitch.Color = new SKColor(0, 0, 0, (byte)random.Next(8, 30));
            canvas.DrawRect(0, y, Width, 3, stitch);
        }
    }

    /// <summary>Sensor grain: a tile of random light and dark dots, laid over the whole picture.</summary>
    private static void AddGrain(SKCanvas canvas, int seed, byte strength, byte mottleStrength)
    {
        var random = new Random(seed ^ 0x5EED);
        var pixels = new byte[Grain * Grain * 4];
        for (var i = 0; i < pixels.Length; i += 4)
        {
            var value = (byte)random.Next(0, 256);
            (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = (value, value, value, 255);
        }

        using var tile = new SKBitmap(new SKImageInfo(Grain, Grain, SKColorType.Rgba8888, SKAlphaType.Opaque));
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, tile.GetPixels(), pixels.Length);
        using var grain = new SKPaint
        {
            Shader = SKShader.CreateBitmap(tile, SKShaderTileMode.Repeat, SKShaderTileMode.Repeat),
            BlendMode = SKBlendMode.Overlay,
            Color = SKColors.White.WithAlpha(strength),
        };
        canvas.DrawRect(0, 0, Width, Height, grain);

        // The same dots spread over 5 pixels each: the mottle of fabric and of light, detail that survives resizing to a
        // phone's width as a photograph's does (grain alone would average away and flatter the resized pictures' weight).
        using var mottle = new SKPaint
        {
            Shader = SKShader.CreateImage(SKImage.FromBitmap(tile), SKShaderTileMode.Repeat, SKShaderTileMode.Repeat,
                new SKSamplingOptions(SKFilterMode.Linear), SKMatrix.CreateScale(5, 5)),
            BlendMode = SKBlendMode.Overlay,
            Color = SKColors.White.WithAlpha(mottleStrength),
        };
        canvas.DrawRect(0, 0, Width, Height, mottle);
    }

    private static string Shape(string code, SizeType sizeType) => sizeType switch
    {
        SizeType.WomenShoes or SizeType.MenShoes => "M170 640 Q180 560 300 560 L430 600 Q600 640 640 700 L640 740 L170 740 Z",
        SizeType.OneSize => "M230 380 L570 380 L610 760 L190 760 Z M300 380 Q300 260 400 260 Q500 260 500 380",
        _ when code.Contains("TR", StringComparison.Ordinal) || code.Contains("JE", StringComparison.Ordinal)
            => "M280 180 L520 180 L560 880 L430 880 L400 420 L370 880 L240 880 Z",
        _ when code.Contains("DR", StringComparison.Ordinal) || code.Contains("KD", StringComparison.Ordinal) || code.Contains("SK", StringComparison.Ordinal)
            => "M320 160 L480 160 L500 300 L620 880 L180 880 L300 300 Z",
        _ => "M300 160 Q400 210 500 160 L660 240 L620 420 L560 390 L560 840 L240 840 L240 390 L180 420 L140 240 Z",
    };

    /// <summary>FNV-1a of the key: stable across processes and machines, unlike string.GetHashCode.</summary>
    private static int Seed(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
