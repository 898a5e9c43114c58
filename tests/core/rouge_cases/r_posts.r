# Load data
#' A doc comment
library(dplyr)
df <- read.csv("posts.csv", stringsAsFactors = FALSE)
n <- nrow(df); x <- c(1.5, -2e3, 0x1F, 10L, .5)
df$year <- as.integer(format(as.Date(df$date), "%Y"))
summary <- df %>% group_by(year) %>% summarise(count = n())
if (is.na(x[1]) || length(x) > 2) { print(TRUE) } else NULL
f <- function(a, b = pi) { return(a * b) }
`my var` <- 'quoted\'s'
