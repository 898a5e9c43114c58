package site.pages

import scala.collection.mutable

/* A page
 * model */
@deprecated("use Post", "1.0")
case class Page(title: String, tags: List[String] = Nil) extends Ordered[Page] {
  def compare(that: Page): Int = title.compare(that.title)
  val slug: String = title.toLowerCase.replace(' ', '-')
}

object Main extends App {
  val pages = mutable.ListBuffer[Page]()
  for (i <- 1 to 10 if i % 2 == 0) pages += Page(s"Page $i")
  pages.sortBy(_.title).foreach { p => println(p.slug) }
  val total: Double = 3.5e2 + 0x1F + 10L
  def ::(x: Int) = x
}
